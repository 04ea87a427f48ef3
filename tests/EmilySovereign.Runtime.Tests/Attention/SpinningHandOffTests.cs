using System;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// With <see cref="AlphaAttentionGateOptions.SpinningHandOff"/> the hand-off to the worker spins before it blocks
/// (ADR 14), on both sides. Each of its paths must still answer
/// right: the caller that stops spinning and blocks, the worker that blocked between calls, the primary that is late
/// past the timeout, and two gates whose callers and workers all spin at once on a two-core machine.
/// </summary>
public sealed class SpinningHandOffTests
{
    [Fact]
    public void APrimarySlowerThanTheCallersSpinIsAwaitedByBlocking()
    {
        using var gate = new AlphaAttentionGate(Spinning());
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 11);

        // 2 ms is far past the caller's 100 µs spin and far within the 25 ms timeout: the caller blocks and is woken.
        using (AttentionChaos.Delay(gate, TimeSpan.FromMilliseconds(2)))
        {
            for (int i = 0; i < 20; i++)
            {
                GateResult result = AttentionGens.PrimaryAnswer(gate, in window);
                Assert.True(result.Latency >= TimeSpan.FromMilliseconds(2), result.ToString());
            }
        }
    }

    [Fact]
    public void AWorkerThatBlockedBetweenCallsIsWokenForTheNext()
    {
        using var gate = new AlphaAttentionGate(Spinning());
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 12);
        for (int i = 0; i < 20; i++)
        {
            // Longer than the worker's 200 µs spin: every call finds it blocked on its semaphore.
            Thread.Sleep(3);
            Assert.True(AttentionGens.PrimaryAnswer(gate, in window).Open);
        }
    }

    [Fact]
    public void APrimarySlowerThanTheTimeoutStillFallsBackWithinBudget()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { CircuitBreakDuration = TimeSpan.FromMilliseconds(1), SpinningHandOff = true });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 13);
        using (AttentionChaos.Delay(gate, TimeSpan.FromMilliseconds(40)))
        {
            for (int i = 0; i < 10; i++)
            {
                GateResult result = AttentionGens.WithinBudget(gate, in window);
                Assert.Equal(GatePath.HdcFallback, result.Path);
                Thread.Sleep(2); // the circuit half-opens again, so most calls probe the slow primary
            }
        }
    }

    [Fact]
    public async Task TwoGatesUsedAtOnceDoNotStarveEachOther()
    {
        const int Calls = 2_000;
        using var first = new AlphaAttentionGate(Spinning());
        using var second = new AlphaAttentionGate(Spinning());
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 14);

        int[] onPrimary = new int[2];
        Task[] callers =
        [
            Task.Factory.StartNew(() => Run(first, 0), TaskCreationOptions.LongRunning),
            Task.Factory.StartNew(() => Run(second, 1), TaskCreationOptions.LongRunning),
        ];
        await Task.WhenAll(callers);

        // Four spinning threads on two cores: every answer within budget, and nearly all still from the primary.
        Assert.True(onPrimary[0] > Calls * 9 / 10 && onPrimary[1] > Calls * 9 / 10, $"{onPrimary[0]}, {onPrimary[1]} of {Calls}");

        void Run(AlphaAttentionGate gate, int index)
        {
            for (int i = 0; i < Calls; i++)
            {
                if (AttentionGens.WithinBudget(gate, in window).Path == GatePath.Primary)
                {
                    onPrimary[index]++;
                }
            }
        }
    }

    private static AlphaAttentionGateOptions Spinning() => new() { SpinningHandOff = true };
}
