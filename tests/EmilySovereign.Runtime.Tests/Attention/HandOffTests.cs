using System;
using System.Diagnostics;
using System.Threading;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// The hand-off between callers and the primary's workers (the built-in primary made to run on them with
/// RunPrimaryInline = false): every primary answer is its own window's, and the slot of
/// a job is freed once, by one side. The first test replays, through the internal hooks, the interleaving that once
/// gave a caller the previous window's answer and then freed a slot twice (an unhandled SemaphoreFullException on the
/// worker thread); the stress tests look for any other one with many callers, busy threads and a worker made to yield
/// at the hand-off's most delicate point.
/// </summary>
public sealed class HandOffTests
{
    private static readonly SignalWindow[] Windows = CreateWindows();
    private static readonly float[] Expected = Array.ConvertAll(Windows, window => new AlphaBandBackend().Estimate(in window).AlphaPower);

    [Fact]
    public void A_worker_paused_after_completing_does_not_answer_the_next_caller()
    {
        // The replay holds the worker 20 ms before the second job; on a starved machine the second caller can still
        // time out, which says nothing about crossed answers: only then is the replay tried again.
        for (int attempt = 1; ; attempt++)
        {
            (GateResult first, GateResult second, AlphaAttentionGate gate) = ReplayPausedHandOff();
            using (gate)
            {
                Assert.Equal((GatePath.Primary, Expected[0]), (first.Path, first.AlphaPower));
                if (second.Reason == FallbackReason.Timeout && attempt < 3)
                {
                    continue;
                }

                Assert.Equal((GatePath.Primary, Expected[1]), (second.Path, second.AlphaPower));
                for (int i = 0; i < 3; i++)
                {
                    // The worker and its slot are still sound (a slot freed twice threw on the worker thread).
                    Assert.Equal(Expected[i], AttentionGens.PrimaryAnswer(gate, Windows[i]).AlphaPower);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The first job completes and its worker stops right there, before it signals anyone; the first caller then finds
    /// its answer and frees the slot; the second caller takes the slot and is about to block when the worker goes on.
    /// The worker then holds its next job up to 20 ms, for the second caller to return if it was woken by mistake.
    /// </summary>
    private static (GateResult First, GateResult Second, AlphaAttentionGate Gate) ReplayPausedHandOff()
    {
        var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { PrimaryTimeout = TimeSpan.FromMilliseconds(49), RunPrimaryInline = false });
        using var paused = new ManualResetEventSlim();
        using var resume = new ManualResetEventSlim();
        using var secondReturned = new ManualResetEventSlim();
        int completed = 0, awaited = 0, ran = 0;
        gate.Workers.Hooks = new HandOffTestHooks
        {
            AfterCompleted = () =>
            {
                if (Interlocked.Increment(ref completed) == 1)
                {
                    paused.Set();
                    resume.Wait(TimeSpan.FromSeconds(10));
                }
            },
            BeforeAwait = () =>
            {
                if (Interlocked.Increment(ref awaited) == 1)
                {
                    paused.Wait(TimeSpan.FromSeconds(10));
                }
            },
            BeforeBlock = () =>
            {
                if (Volatile.Read(ref awaited) == 2)
                {
                    resume.Set();
                }
            },
            BeforeRun = () =>
            {
                if (Interlocked.Increment(ref ran) == 2)
                {
                    secondReturned.Wait(TimeSpan.FromMilliseconds(20));
                }
            },
        };

        GateResult first = gate.Gate(Windows[0]);
        GateResult second = gate.Gate(Windows[1]);
        secondReturned.Set();
        Thread.Sleep(50); // the worker's hooks run out before the hooks go
        gate.Workers.Hooks = null;
        return (first, second, gate);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Many_callers_on_busy_cores_get_their_own_windows_answers(int workers)
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { PrimaryWorkers = workers, RunPrimaryInline = false });
        Stress.Result result = Stress.Run(gate, Windows, Expected, callers: 4, busyThreads: 2, TimeSpan.FromSeconds(1));

        Assert.True(result.Crossed == 0, $"{result.Crossed} of {result.Primary} primary answers carried another window's alpha power.");
        Assert.True(result.Primary > 0, $"no primary answer in {result.Calls} calls.");
    }

    [Fact]
    public void The_stress_check_finds_an_answer_from_another_window()
    {
        // A check of the check: a gate answering for the wrong window (here, every window is judged against its
        // neighbour's value) is counted as crossed.
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true });
        float[] shifted = new float[Expected.Length];
        for (int i = 0; i < shifted.Length; i++)
        {
            shifted[i] = Expected[(i + 1) % shifted.Length];
        }

        Stress.Result result = Stress.Run(gate, Windows, shifted, callers: 1, busyThreads: 0, TimeSpan.FromMilliseconds(50));

        Assert.True(result.Primary > 0);
        Assert.Equal(result.Primary, result.Crossed);
    }

    private static SignalWindow[] CreateWindows()
    {
        // Eight windows of different rhythms: eight different alpha powers, so an answer shows whose it is.
        var windows = new SignalWindow[8];
        for (int i = 0; i < windows.Length; i++)
        {
            windows[i] = AttentionGens.Sine(4 + (2.5 * i), noise: 0.5, seed: 100 + i, channels: 8);
        }

        return windows;
    }
}

/// <summary>Callers gate known windows at once beside busy threads; the worker yields at the hand-off now and then.</summary>
internal static class Stress
{
    public readonly record struct Result(long Calls, long Primary, long Crossed, long Late);

    public static Result Run(AlphaAttentionGate gate, SignalWindow[] windows, float[] expected, int callers, int busyThreads, TimeSpan duration)
    {
        long calls = 0, primary = 0, crossed = 0, late = 0;
        int completions = 0;
        bool stop = false;
        gate.Workers.Hooks = new HandOffTestHooks
        {
            // Preempt the worker right after it completes a job, one time in sixteen: the widest hand-off window.
            AfterCompleted = () =>
            {
                if ((Interlocked.Increment(ref completions) & 15) == 0)
                {
                    Thread.Yield();
                }
            },
        };

        var threads = new Thread[callers + busyThreads];
        for (int t = 0; t < callers; t++)
        {
            int first = t;
            threads[t] = new Thread(() =>
            {
                for (int n = first; !Volatile.Read(ref stop); n++)
                {
                    int index = n % windows.Length;
                    GateResult result = gate.Gate(windows[index]);
                    Interlocked.Increment(ref calls);
                    if (result.Latency >= gate.Budget)
                    {
                        Interlocked.Increment(ref late);
                    }

                    if (result.Path == GatePath.Primary)
                    {
                        Interlocked.Increment(ref primary);
                        if (BitConverter.SingleToInt32Bits(result.AlphaPower) != BitConverter.SingleToInt32Bits(expected[index]))
                        {
                            Interlocked.Increment(ref crossed);
                        }
                    }
                }
            });
        }

        for (int t = callers; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                while (!Volatile.Read(ref stop))
                {
                    Thread.SpinWait(1_000);
                }
            });
        }

        foreach (Thread thread in threads)
        {
            thread.IsBackground = true;
            thread.Start();
        }

        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < duration)
        {
            Thread.Sleep(10);
        }

        Volatile.Write(ref stop, true);
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        gate.Workers.Hooks = null;
        return new Result(calls, primary, crossed, late);
    }
}
