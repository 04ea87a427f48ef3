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
    public void A_gate_that_is_late_every_time_fails_the_budget_check()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary());

        var failure = Assert.Throws<FailException>(() => AttentionGens.WithinBudget(gate, Window));
        Assert.StartsWith("7 answers over the 50 ms budget before 3 in a row within it; the last: ", failure.Message);
    }

    [Fact]
    public void A_gate_that_always_falls_back_fails_the_primary_check()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary());

        var failure = Assert.Throws<FailException>(() => AttentionGens.PrimaryAnswer(gate, Window));
        Assert.StartsWith("7 fallback answers where the primary should answer, before 3 primary answers in a row; the last: ", failure.Message);
    }

    [Fact]
    public void A_gate_late_by_its_own_doing_fails_the_budget_check_on_a_crowded_machine_too()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary(sleepMs: CrowdedSleepMs));
        using var crowd = new Crowd();

        // The sleeping primary is asleep, not waiting for a processor: the run-queue allowance forgives none of it.
        GateResult? forgiven = null;
        var failure = Record.Exception(() => forgiven = AttentionGens.WithinBudget(gate, Window));
        Assert.True(failure is FailException, $"a primary asleep for {CrowdedSleepMs} ms passed as within the 50 ms budget: {forgiven}");
        Assert.StartsWith("7 answers over the 50 ms budget before 3 in a row within it; the last: ", failure.Message);
    }

    [Fact]
    public void A_timeout_by_the_gates_own_doing_is_not_excused_as_starvation_on_a_crowded_machine()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary(sleepMs: CrowdedSleepMs));
        using var crowd = new Crowd();

        for (int i = 0; i < 5; i++)
        {
            var call = new AttentionGens.TimedCall(gate, Window);
            GateResult answer = call.Run();
            Assert.Equal(FallbackReason.Timeout, answer.Reason);
            Assert.False(call.TimedOutWhileStarved(answer), $"{answer}, {call}");
        }
    }

    [Fact]
    public void The_run_queue_clock_sees_a_thread_wait_for_a_processor()
    {
        Assert.True(RunQueueClock.Available || !OperatingSystem.IsLinux(), "Linux has /proc/thread-self/schedstat");
        if (!RunQueueClock.Available)
        {
            return; // elsewhere nothing is forgiven, so there is nothing to check
        }

        TimeSpan before = RunQueueClock.Waited();
        using (new Crowd())
        {
            for (int i = 0; i < 100; i++)
            {
                Thread.Sleep(1); // each wake-up queues behind the spinning threads
            }
        }

        Assert.True(RunQueueClock.Waited() - before > TimeSpan.FromMilliseconds(1), $"waited {(RunQueueClock.Waited() - before).TotalMilliseconds} ms");
    }

    [Fact]
    public void A_gate_late_on_every_other_call_fails_the_budget_check()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary(every: 2));

        var failure = Assert.Throws<FailException>(() => AttentionGens.WithinBudget(gate, Window));
        Assert.StartsWith("7 answers over the 50 ms budget", failure.Message);
    }

    [Fact]
    public void A_gate_that_falls_back_on_every_other_call_fails_the_primary_check()
    {
        using var gate = new AlphaAttentionGate(ThrowingPrimary(every: 2));

        var failure = Assert.Throws<FailException>(() => AttentionGens.PrimaryAnswer(gate, Window));
        Assert.StartsWith("7 fallback answers", failure.Message);
    }

    [Fact]
    public void A_loop_on_a_gate_late_on_one_call_in_ten_fails_its_tally()
    {
        using var gate = new AlphaAttentionGate(SleepingPrimary(every: 10));
        var late = new AttentionGens.Tally("late");
        for (int i = 0; i < 200; i++)
        {
            AttentionGens.WithinBudget(gate, Window, late); // one call at a time may pass: the next one is fine
        }

        var failure = Assert.Throws<FailException>(late.Check);
        Assert.Contains(" of 200 first answers were late", failure.Message);
    }

    [Fact]
    public void A_loop_on_a_gate_falling_back_on_one_call_in_ten_fails_its_tally()
    {
        using var gate = new AlphaAttentionGate(ThrowingPrimary(every: 10));
        var fallbacks = new AttentionGens.Tally("from the fallback");
        for (int i = 0; i < 200; i++)
        {
            AttentionGens.PrimaryAnswer(gate, Window, fallbacks);
        }

        var failure = Assert.Throws<FailException>(fallbacks.Check);
        Assert.Contains(" of 200 first answers were from the fallback", failure.Message);
    }

    [Fact]
    public void A_loop_on_a_gate_that_always_falls_back_fails_its_tally()
    {
        // One long run of bad answers looks like one starved moment; half the answers bad does not.
        var fallbacks = new AttentionGens.Tally("from the fallback");
        for (int i = 0; i < 200; i++)
        {
            fallbacks.Record(good: i < 90);
        }

        var failure = Assert.Throws<FailException>(fallbacks.Check);
        Assert.StartsWith("110 of 200 first answers were from the fallback, in 1 runs", failure.Message);
    }

    [Fact]
    public void A_loop_on_a_sound_gate_passes_its_tally()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true });
        var fallbacks = new AttentionGens.Tally("from the fallback");
        for (int i = 0; i < 200; i++)
        {
            AttentionGens.PrimaryAnswer(gate, Window, fallbacks);
        }

        fallbacks.Check();
    }

    /// <summary>
    /// How long the primary sleeps beside the crowd: three budgets. The caller's own time (wall time less the run-queue
    /// wait that <see cref="RunQueueClock"/> reads) is at least the sleep in theory, but once in CI under load a 60 ms
    /// sleep was judged within 50 ms, for a reason not found (the wait is read in the scheduler's per-processor clocks, not
    /// the monotonic one). The margin keeps these tests about the allowance, not about those clocks; the quiet tests keep
    /// 60 ms, where nothing is forgiven.
    /// </summary>
    private const int CrowdedSleepMs = 150;

    /// <summary>
    /// Inline, a primary that sleeps past the budget (60 ms) makes every answer late by the gate's own doing; a circuit
    /// that never opens keeps it asking the primary.
    /// </summary>
    private static AlphaAttentionGateOptions SleepingPrimary(int every = 1, int sleepMs = 60) => new()
    {
        Primary = new FaultyBackend(every, sleep: true, sleepMs),
        RunPrimaryInline = true,
        FailuresToOpenCircuit = int.MaxValue,
    };

    private static AlphaAttentionGateOptions ThrowingPrimary(int every) => new()
    {
        Primary = new FaultyBackend(every, sleep: false, sleepMs: 0),
        RunPrimaryInline = true,
        FailuresToOpenCircuit = int.MaxValue,
    };

    /// <summary>On every <paramref name="every"/>th call (the first included), sleeps <paramref name="sleepMs"/> or throws.</summary>
    private sealed class FaultyBackend(int every, bool sleep, int sleepMs) : IAttentionBackend
    {
        private int _calls;

        public AlphaEstimate Estimate(in SignalWindow window)
        {
            if (Interlocked.Increment(ref _calls) % every == 1 % every)
            {
                if (!sleep)
                {
                    throw new InvalidOperationException("A planted fault.");
                }

                Thread.Sleep(TimeSpan.FromMilliseconds(sleepMs));
            }

            return new AlphaEstimate(0.5f, 0, window.Channels);
        }
    }

    /// <summary>Four spinning threads per processor until disposed: a machine crowded by other work.</summary>
    private sealed class Crowd : IDisposable
    {
        private volatile bool _stop;
        private readonly Thread[] _threads;

        public Crowd()
        {
            _threads = new Thread[4 * Environment.ProcessorCount];
            for (int i = 0; i < _threads.Length; i++)
            {
                _threads[i] = new Thread(() => { while (!_stop) { } }) { IsBackground = true };
                _threads[i].Start();
            }
        }

        public void Dispose()
        {
            _stop = true;
            foreach (Thread thread in _threads)
            {
                thread.Join();
            }
        }
    }
}
