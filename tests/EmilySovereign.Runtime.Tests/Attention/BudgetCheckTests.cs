using System;
using System.Threading;
using EmilySovereign.Attention;
using Xunit.Sdk;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>The checks the timing tests share forgive a moment's starvation, never a gate that is wrong every time.</summary>
public sealed class BudgetCheckTests
{
    private static readonly SignalWindow Window = AttentionGens.Sine(10, 0.5, seed: 5);

    [Fact]
    public void AGateThatIsLateEveryTimeFailsTheBudgetCheck()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary());

        var failure = Assert.Throws<FailException>(() => AttentionGens.WithinBudget(gate, Window));
        Assert.StartsWith("7 answers in a row over the 50 ms budget; the last: ", failure.Message);
    }

    [Fact]
    public void AGateThatAlwaysFallsBackFailsThePrimaryCheck()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary());

        var failure = Assert.Throws<FailException>(() => AttentionGens.PrimaryAnswer(gate, Window));
        Assert.StartsWith("7 fallback answers in a row where the primary should answer; the last: ", failure.Message);
    }

    /// <summary>
    /// Inline, a primary that sleeps 60 ms makes every answer late by the gate's own doing; a circuit that never opens
    /// keeps it asking the primary.
    /// </summary>
    private static AlphaAttentionGateOptions SleepingPrimary() => new()
    {
        Primary = new SleepingBackend(TimeSpan.FromMilliseconds(60)),
        RunPrimaryInline = true,
        FailuresToOpenCircuit = int.MaxValue,
    };

    private sealed class SleepingBackend(TimeSpan delay) : IAttentionBackend
    {
        public AlphaEstimate Estimate(in SignalWindow window)
        {
            Thread.Sleep(delay);
            return new AlphaEstimate(0.5f, 0, window.Channels);
        }
    }
}
