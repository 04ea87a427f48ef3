using System;
using System.Diagnostics;
using System.Threading;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class CircuitBreakerTests
{
    [Fact]
    public void OpensAfterTheThresholdOfConsecutiveFailures()
    {
        var breaker = new CircuitBreaker(threshold: 3, breakTicks: 100);
        for (int i = 0; i < 2; i++)
        {
            Assert.True(breaker.TryEnter(now: 0));
            breaker.Failure(now: 0);
        }

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter(now: 0));
        breaker.Failure(now: 10);

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter(now: 109));
    }

    [Fact]
    public void ASuccessResetsTheFailureCount()
    {
        var breaker = new CircuitBreaker(threshold: 2, breakTicks: 100);
        breaker.Failure(0);
        breaker.Success();
        breaker.Failure(0);
        Assert.Equal(CircuitState.Closed, breaker.State);
    }

    [Fact]
    public void AfterTheBreakOneProbeIsLetThroughAndItsSuccessCloses()
    {
        var breaker = new CircuitBreaker(threshold: 1, breakTicks: 100);
        breaker.Failure(now: 0);

        Assert.True(breaker.TryEnter(now: 100));
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        Assert.False(breaker.TryEnter(now: 100));
        breaker.Success();

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter(now: 101));
    }

    [Fact]
    public void AFailedProbeOpensForAnotherBreak()
    {
        var breaker = new CircuitBreaker(threshold: 5, breakTicks: 100);
        for (int i = 0; i < 5; i++)
        {
            breaker.Failure(now: 0);
        }

        Assert.True(breaker.TryEnter(now: 150));
        breaker.Failure(now: 150);

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter(now: 249));
        Assert.True(breaker.TryEnter(now: 250));
    }

    [Fact]
    public void TheGatesCircuitOpensOnCrashesAndRecoversAfterTheBreak()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions
        {
            FailuresToOpenCircuit = 3,
            CircuitBreakDuration = TimeSpan.FromMilliseconds(100),
        });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 1);

        using (AttentionChaos.Crash(gate))
        {
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(FallbackReason.Exception, gate.Gate(window).Reason);
            }

            Assert.Equal(CircuitState.Open, gate.CircuitState);
            Assert.Equal(FallbackReason.CircuitOpen, gate.Gate(window).Reason);
        }

        Assert.Equal(FallbackReason.CircuitOpen, gate.Gate(window).Reason);
        var waited = Stopwatch.StartNew();
        while (waited.ElapsedMilliseconds < 150)
        {
            Thread.Sleep(10);
        }

        GateResult probe = gate.Gate(window);
        Assert.Equal(GatePath.Primary, probe.Path);
        Assert.True(probe.Open);
        Assert.Equal(CircuitState.Closed, gate.CircuitState);
    }
}
