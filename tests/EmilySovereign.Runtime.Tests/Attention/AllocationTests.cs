using System;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>Steady-state calls allocate nothing on the caller's thread, on either path.</summary>
public sealed class AllocationTests
{
    private const int Calls = 2_000;

    [Fact]
    public void PrimaryPathAllocatesNothing()
    {
        using var gate = new AlphaAttentionGate();
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 1);

        int wrongPath = 0;
        long allocated = AllocatedBy(() => wrongPath += gate.Gate(window).Path == GatePath.Primary ? 0 : 1);

        Assert.Equal(0, allocated);
        Assert.Equal(0, wrongPath);
    }

    [Fact]
    public void FallbackPathAllocatesNothing()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { CircuitBreakDuration = TimeSpan.FromMinutes(10) });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 2);
        using IDisposable crash = AttentionChaos.Crash(gate);

        int wrongPath = 0;
        long allocated = AllocatedBy(() => wrongPath += gate.Gate(window).Path == GatePath.HdcFallback ? 0 : 1);

        Assert.Equal(0, allocated);
        Assert.Equal(0, wrongPath);
        Assert.Equal(CircuitState.Open, gate.CircuitState);
    }

    [Fact]
    public void BackendAndClassifierAllocateNothing()
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

    /// <summary>Warms up (tables, tiered JIT, lazy statics), then measures <see cref="Calls"/> calls.</summary>
    private static long AllocatedBy(Action call)
    {
        for (int i = 0; i < Calls; i++)
        {
            call();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            call();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
