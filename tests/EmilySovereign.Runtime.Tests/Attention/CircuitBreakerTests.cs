using System;
using System.Diagnostics;
using System.Threading;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class CircuitBreakerTests
{
    [Fact]
    public void Opens_after_the_threshold_of_consecutive_failures()
    {
        var breaker = new CircuitBreaker(threshold: 3, breakTicks: 100);
        for (int i = 0; i < 2; i++)
        {
            Assert.True(breaker.TryEnter(now: 0, out _));
            breaker.Failure(now: 0, probe: false);
        }

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter(now: 0, out _));
        breaker.Failure(now: 10, probe: false);

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter(now: 109, out _));
    }

    [Fact]
    public void A_success_resets_the_failure_count()
    {
        var breaker = new CircuitBreaker(threshold: 2, breakTicks: 100);
        breaker.Failure(0, probe: false);
        breaker.Success(probe: false);
        breaker.Failure(0, probe: false);
        Assert.Equal(CircuitState.Closed, breaker.State);
    }

    [Fact]
    public void After_the_break_one_probe_is_let_through_and_its_success_closes()
    {
        var breaker = new CircuitBreaker(threshold: 1, breakTicks: 100);
        breaker.Failure(now: 0, probe: false);

        Assert.True(breaker.TryEnter(now: 100, out bool probe));
        Assert.True(probe);
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        Assert.False(breaker.TryEnter(now: 100, out _));
        breaker.Success(probe);

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter(now: 101, out _));
    }

    [Fact]
    public void A_failed_probe_opens_for_another_break()
    {
        var breaker = new CircuitBreaker(threshold: 5, breakTicks: 100);
        for (int i = 0; i < 5; i++)
        {
            breaker.Failure(now: 0, probe: false);
        }

        Assert.True(breaker.TryEnter(now: 150, out bool probe));
        breaker.Failure(now: 150, probe);

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter(now: 249, out _));
        Assert.True(breaker.TryEnter(now: 250, out _));
    }

    [Fact]
    public void A_success_of_a_call_admitted_before_the_circuit_opened_does_not_close_it()
    {
        var breaker = new CircuitBreaker(threshold: 1, breakTicks: 100);
        Assert.True(breaker.TryEnter(now: 0, out bool slowProbe));
        Assert.False(slowProbe);
        Assert.True(breaker.TryEnter(now: 0, out bool failing));
        breaker.Failure(now: 1, failing);
        Assert.Equal(CircuitState.Open, breaker.State);

        breaker.Success(slowProbe); // stale news from before the circuit opened
        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter(now: 50, out _));
    }

    [Fact]
    public void Only_the_half_open_probe_closes_the_circuit()
    {
        var breaker = new CircuitBreaker(threshold: 1, breakTicks: 100);
        Assert.True(breaker.TryEnter(now: 0, out bool stale));
        Assert.True(breaker.TryEnter(now: 0, out bool failing));
        breaker.Failure(now: 0, failing);
        Assert.True(breaker.TryEnter(now: 100, out bool probe));

        breaker.Success(stale);
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        breaker.Failure(now: 100, stale); // nor does stale news reopen it: the probe decides
        Assert.Equal(CircuitState.HalfOpen, breaker.State);

        breaker.Success(probe);
        Assert.Equal(CircuitState.Closed, breaker.State);
    }

    [Fact]
    public void The_gates_circuit_opens_on_crashes_and_recovers_after_the_break()
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
