using System;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// Steady-state calls allocate nothing on the caller's thread, on either path: 2 000 calls allocate exactly 0 bytes.
/// (Runtime suspensions, a tiering step or a collection, can leave a few bytes in the per-thread count of one round
/// that belong to no object; the smallest count over rounds is exact, since a real allocation shows in every round.)
/// </summary>
[Collection(ProcessWideCollection.Name)]
public sealed class AllocationTests
{
    private const int Calls = 2_000;
    private const long ProcessWideSlack = 24L * Calls / 4;

    [Fact]
    public void Primary_path_allocates_nothing()
    {
        using var gate = new AlphaAttentionGate();
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 1);

        int rightPath = 0, wrongPath = 0;
        long allocated = AllocatedBy(() => _ = gate.Gate(window).Path == GatePath.Primary ? rightPath++ : wrongPath++);

        Assert.Equal(0, allocated);
        AssertMostlyOn(rightPath, wrongPath);
    }

    [Fact]
    public void Worker_primary_path_allocates_nothing()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = false });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 4);

        int rightPath = 0, wrongPath = 0;
        long allocated = AllocatedBy(() => _ = gate.Gate(window).Path == GatePath.Primary ? rightPath++ : wrongPath++);

        Assert.Equal(0, allocated);
        AssertMostlyOn(rightPath, wrongPath);
    }

    /// <summary>
    /// The worker's side too: the whole process allocates less than one smallest object (24 bytes) per four calls,
    /// where one object per call on any thread would be at least 24 bytes times <see cref="Calls"/>. Runs alone
    /// (<see cref="ProcessWideCollection"/>), so that no other test's allocations count; the runtime's and a coverage
    /// collector's own background work leave a few kilobytes per round (3 192 bytes seen under coverlet).
    /// </summary>
    [Fact]
    public void Worker_primary_path_allocates_nothing_on_any_thread()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = false });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 5);

        int rightPath = 0, wrongPath = 0;
        long allocated = AllocatedBy(() => _ = gate.Gate(window).Path == GatePath.Primary ? rightPath++ : wrongPath++, processWide: true);

        Assert.True(allocated < ProcessWideSlack, $"{allocated} bytes in {Calls} calls.");
        AssertMostlyOn(rightPath, wrongPath);
    }

    /// <summary>The check of the check: a primary that allocates on the worker thread fails the process-wide count.</summary>
    [Fact]
    public void The_process_wide_count_sees_an_allocation_on_the_worker()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = new AllocatingBackend() });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 6);

        long allocated = AllocatedBy(() => gate.Gate(window), processWide: true);

        Assert.True(allocated >= ProcessWideSlack, $"{allocated} bytes in {Calls} calls.");
    }

    [Fact]
    public void Fallback_path_allocates_nothing()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { CircuitBreakDuration = TimeSpan.FromMinutes(10) });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 2);
        using IDisposable crash = AttentionChaos.Crash(gate);

        int rightPath = 0, wrongPath = 0;
        long allocated = AllocatedBy(() => _ = gate.Gate(window).Path == GatePath.HdcFallback ? rightPath++ : wrongPath++);

        Assert.Equal(0, allocated);
        AssertMostlyOn(rightPath, wrongPath);
        Assert.Equal(CircuitState.Open, gate.CircuitState);
    }

    [Fact]
    public void Backend_and_classifier_allocate_nothing()
    {
        var backend = new AlphaBandBackend();
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 3);
        long allocated = AllocatedBy(() =>
        {
            backend.Estimate(window);
            HdcClassifier.Default.Classify(window);
        });

        Assert.Equal(0, allocated);
    }

    /// <summary>The built-in estimate, plus one object per call, allocated on whichever thread runs it.</summary>
    private sealed class AllocatingBackend : IAttentionBackend
    {
        private readonly AlphaBandBackend _inner = new();

        public static object? Last { get; private set; }

        public AlphaEstimate Estimate(in SignalWindow window)
        {
            Last = new object();
            return _inner.Estimate(window);
        }
    }

    /// <summary>
    /// The calls measured the path the test names. A starved caller turns a few primary answers into timeouts (which
    /// allocate nothing either), so most, not all, must be on it.
    /// </summary>
    private static void AssertMostlyOn(int rightPath, int wrongPath) =>
        Assert.True(rightPath > 9 * wrongPath, $"{rightPath} calls on the path, {wrongPath} off it.");

    /// <summary>
    /// Warms up (tables, tiered JIT, lazy statics), then measures up to ten rounds of <see cref="Calls"/> calls and
    /// answers the fewest bytes any round without a garbage collection counted, stopping at the first round of 0.
    /// One allocation per call shows in every round as at least 24 bytes times <see cref="Calls"/>.
    /// </summary>
    private static long AllocatedBy(Action call, bool processWide = false)
    {
        Func<long> allocatedSoFar = processWide ? () => GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread;
        // Tiered compilation promotes hot methods about 100 ms after their 30th call and suspends the runtime to do it;
        // warm up for longer than that so the rounds below measure the final code.
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < Calls || warmUp.ElapsedMilliseconds < 500; i++)
        {
            call();
        }

        long allocated = long.MaxValue;
        for (int round = 0; round < 10 && allocated != 0; round++)
        {
            int collections = GC.CollectionCount(0);
            long before = allocatedSoFar();
            for (int i = 0; i < Calls; i++)
            {
                call();
            }

            long bytes = allocatedSoFar() - before;
            if (GC.CollectionCount(0) == collections)
            {
                allocated = Math.Min(allocated, bytes);
            }
        }

        Assert.True(allocated != long.MaxValue, "Every round saw a garbage collection.");
        return allocated;
    }
}

/// <summary>Tests that count the whole process's allocations run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide allocations";
}
