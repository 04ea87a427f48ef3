using System;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public sealed class AlphaAttentionGateTests : IDisposable
{
    private readonly AlphaAttentionGate _gate = new();

    /// <summary>The built-in primary on a worker, as any custom primary runs.</summary>
    private readonly AlphaAttentionGate _workerGate = new(new AlphaAttentionGateOptions { RunPrimaryInline = false });

    /// <summary>Detection tests judge the primary's decision: inline, a starved caller cannot turn it into a timeout.</summary>
    private readonly AlphaAttentionGate _detector = new(new AlphaAttentionGateOptions { RunPrimaryInline = true });

    public void Dispose()
    {
        _gate.Dispose();
        _workerGate.Dispose();
        _detector.Dispose();
    }

    [Fact]
    public void Ten_hertz_sine_plus_noise_opens_the_gate()
    {
        GateResult result = AttentionGens.PrimaryAnswer(_detector, AttentionGens.Sine(10, noise: 0.5, seed: 1));

        Assert.True(result.Open, result.ToString());
        Assert.Equal(GatePath.Primary, result.Path);
        Assert.Equal(FallbackReason.None, result.Reason);
        Assert.InRange(result.AlphaPower, 0.5f, 1f);
    }

    [Fact]
    public void Twenty_hertz_sine_plus_noise_does_not_open_the_gate()
    {
        GateResult result = AttentionGens.PrimaryAnswer(_detector, AttentionGens.Sine(20, noise: 0.5, seed: 2));

        Assert.False(result.Open, result.ToString());
        Assert.Equal(GatePath.Primary, result.Path);
    }

    [Theory]
    [InlineData(9.0)]
    [InlineData(10.0)]
    [InlineData(11.0)]
    public void Alpha_rhythms_open_and_others_do_not_across_seeds(double alphaHz)
    {
        var fallbacks = new AttentionGens.Tally("from the fallback");
        for (int seed = 0; seed < 20; seed++)
        {
            GateResult alpha = AttentionGens.PrimaryAnswer(_detector, AttentionGens.Sine(alphaHz, noise: 0.5, seed), fallbacks);
            GateResult beta = AttentionGens.PrimaryAnswer(_detector, AttentionGens.Sine(alphaHz * 2, noise: 0.5, seed), fallbacks);
            GateResult theta = AttentionGens.PrimaryAnswer(_detector, AttentionGens.Sine(alphaHz / 2, noise: 0.5, seed), fallbacks);
            Assert.True(alpha.Open, $"{alphaHz} Hz, seed {seed}: {alpha}");
            Assert.False(beta.Open, $"{alphaHz * 2} Hz, seed {seed}: {beta}");
            Assert.False(theta.Open, $"{alphaHz / 2} Hz, seed {seed}: {theta}");
        }

        fallbacks.Check();
    }

    [Fact]
    public void Any_window_of_any_floats_never_throws_and_answers_within_budget()
    {
        // 10 000 trials of shapes up to 65 536 samples and values from NaN to ±∞; about 1 s on a busy 2-core machine.
        var buffer = new float[SignalWindow.MaxTotalSamples];
        var late = new AttentionGens.Tally("late");
        AttentionGens.AnyWindow.Sample(spec =>
        {
            GateResult result = AttentionGens.WithinBudget(_workerGate, spec.Build(buffer), late);
            Assert.True(result.Latency > TimeSpan.Zero);
            if (result.Path == GatePath.Primary)
            {
                Assert.InRange(result.AlphaPower, 0f, 1f);
                Assert.True(float.IsNaN(result.FallbackScore), result.ToString());
            }
            else
            {
                Assert.True(float.IsNaN(result.AlphaPower), result.ToString());
                Assert.True(float.IsNaN(result.FallbackScore) || result.FallbackScore is >= 0f and <= 1f, result.ToString());
            }
        }, iter: 10_000, threads: 1);
        late.Check();
    }

    [Fact]
    public void An_inline_primary_answers_any_window_with_its_own_estimate()
    {
        // The answer's correctness apart from timing: each answer is the kernel's own estimate of its window, or a
        // fallback whose reason the window or the measured latency explains. How many answers are late depends on the
        // machine (coverage collection slows the kernel many times over), so it is not this test's verdict; the circuit
        // never opens, so late answers cannot change the path of the calls after them.
        var options = new AlphaAttentionGateOptions { RunPrimaryInline = true, FailuresToOpenCircuit = int.MaxValue };
        using var gate = new AlphaAttentionGate(options);
        var backend = new AlphaBandBackend();
        var buffer = new float[SignalWindow.MaxTotalSamples];
        AttentionGens.AnyWindow.Sample(spec =>
        {
            SignalWindow window = spec.Build(buffer);
            GateResult result = gate.Gate(window);
            AlphaEstimate estimate = backend.Estimate(window);
            bool invalid = estimate.UsableChannels == 0 ||
                estimate.MissingSamples > options.MaxMissingFraction * window.Channels * window.SamplesPerChannel;
            switch (result.Reason)
            {
                case FallbackReason.None:
                    Assert.False(invalid, result.ToString());
                    Assert.Equal(GatePath.Primary, result.Path);
                    Assert.Equal(BitConverter.SingleToInt32Bits(estimate.AlphaPower), BitConverter.SingleToInt32Bits(result.AlphaPower));
                    Assert.Equal(estimate.AlphaPower >= options.OpenThreshold, result.Open);
                    break;
                case FallbackReason.InvalidInput:
                    Assert.True(invalid, result.ToString());
                    break;
                case FallbackReason.Timeout:
                    Assert.True(result.Latency > options.EffectivePrimaryTimeout, result.ToString());
                    break;
                default:
                    Assert.Fail($"The kernel neither throws nor answers garbage, and the circuit never opens: {result}");
                    break;
            }
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void An_inline_gate_still_survives_a_hang_because_chaos_runs_on_a_worker()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true });
        using (AttentionChaos.Hang(gate))
        {
            GateResult result = AttentionGens.WithinBudget(gate, AttentionGens.Sine(10, 0.5, seed: 9));
            Assert.Equal(GatePath.HdcFallback, result.Path);
        }
    }

    [Fact]
    public void Mostly_missing_samples_answer_from_the_fallback_as_invalid_input()
    {
        float[] samples = SyntheticEeg.Samples(new Random(3), 8, 256, 256, 10, 1, 0.1);
        for (int i = 0; i < samples.Length; i += 4)
        {
            samples[i] = samples[i + 1] = samples[i + 2] = float.NaN;
        }

        GateResult result = _detector.Gate(new SignalWindow(samples, 8, 256));

        Assert.Equal(GatePath.HdcFallback, result.Path);
        Assert.Equal(FallbackReason.InvalidInput, result.Reason);
        Assert.Equal(samples.Length * 3 / 4, result.MissingSamples);
        Assert.Equal(CircuitState.Closed, _detector.CircuitState);
    }

    [Fact]
    public void All_flat_channels_answer_from_the_fallback_as_invalid_input() =>
        Assert.Equal(FallbackReason.InvalidInput, _detector.Gate(new SignalWindow(new float[4 * 256], 4, 256)).Reason);

    [Fact]
    public void An_empty_window_answers_closed_as_invalid_input()
    {
        GateResult result = _gate.Gate(default);
        Assert.False(result.Open);
        Assert.Equal(FallbackReason.InvalidInput, result.Reason);
        Assert.True(float.IsNaN(result.AlphaPower) && float.IsNaN(result.FallbackScore), result.ToString());
    }

    [Fact]
    public void Each_field_has_one_meaning_on_each_path()
    {
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 10);
        GateResult primary = AttentionGens.PrimaryAnswer(_detector, window);
        Assert.Equal(new AlphaBandBackend().Estimate(window).AlphaPower, primary.AlphaPower);
        Assert.True(float.IsNaN(primary.FallbackScore));

        using var gate = new AlphaAttentionGate();
        using (AttentionChaos.Crash(gate))
        {
            GateResult fallback = gate.Gate(window);
            Assert.Equal(GatePath.HdcFallback, fallback.Path);
            Assert.True(float.IsNaN(fallback.AlphaPower), fallback.ToString());
            Assert.Equal(HdcClassifier.Default.Classify(window).Score, fallback.FallbackScore);
            Assert.Equal(fallback.FallbackScore > 0.5f, fallback.Open);
        }
    }

    [Fact]
    public void A_disposed_gate_throws_at_once()
    {
        var gate = new AlphaAttentionGate();
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 11);
        AttentionGens.PrimaryAnswer(gate, window);
        gate.Dispose();

        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<ObjectDisposedException>(() => gate.Gate(window));
        Assert.Throws<ObjectDisposedException>(() => gate.Gate(default));
        Assert.Throws<ObjectDisposedException>(() => gate.GateAsync(window));
        // Not a wait for the primary's timeout (25 ms) before it finds out: the check comes first. Generous for a
        // starved machine, far below the three timeouts the old gate waited.
        Assert.True(elapsed.Elapsed < TimeSpan.FromMilliseconds(60), elapsed.Elapsed.ToString());
        gate.Dispose(); // twice is harmless
    }

    [Fact]
    public void A_primary_of_another_band_needs_its_own_fallback()
    {
        var options = new AlphaAttentionGateOptions { Primary = new AlphaBandBackend(13, 30) };
        var error = Assert.Throws<ArgumentException>(() => new AlphaAttentionGate(options));
        Assert.Contains("13–30 Hz", error.Message);
        Assert.Contains("Fallback", error.Message);

        options.Fallback = HdcClassifier.Default; // the user's choice, stated
        using var gate = new AlphaAttentionGate(options);
        using var defaultBand = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = new AlphaBandBackend(8, 12) });
    }

    [Fact]
    public async Task Gate_async_answers_like_gate()
    {
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 4);
        GateResult result = await _detector.GateAsync(window);
        Assert.True(result.Open);
        Assert.Equal(GatePath.Primary, result.Path);
    }

    [Fact]
    public async Task Gate_async_honours_a_cancelled_token() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _gate.GateAsync(AttentionGens.Sine(10, 0.5, seed: 5), new CancellationToken(canceled: true)).AsTask());

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Concurrent_callers_get_their_own_windows_answers(bool? inline)
    {
        // A circuit that never opens: one starved moment that opened it would answer every call for a second from the
        // fallback, and the tally would judge the machine instead of the gate.
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { FailuresToOpenCircuit = int.MaxValue, RunPrimaryInline = inline });
        SignalWindow alpha = AttentionGens.Sine(10, 0.5, seed: 6);
        SignalWindow beta = AttentionGens.Sine(20, 0.5, seed: 6);
        var fallbacks = new AttentionGens.Tally("from the fallback");
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            bool isAlpha = i % 2 == 0;
            // Only the primary's answers are judged for crossing: two callers and the workers on two cores can starve
            // a caller past its budget now and then (the tally forgives that, not a gate that falls back often).
            var call = new AttentionGens.TimedCall(gate, isAlpha ? alpha : beta);
            GateResult result = call.Run();
            fallbacks.Record(result.Path == GatePath.Primary || call.TimedOutWhileStarved(result));
            if (result.Path == GatePath.Primary)
            {
                // Another caller's answer would flip this: the job slots must not cross.
                Assert.Equal(isAlpha, result.Open);
            }
        });

        fallbacks.Check();
    }

    [Theory]
    [InlineData(1.0, null)]
    [InlineData(51.0, null)]
    [InlineData(10.0, 9.5)]
    public void Budgets_outside_the_static_ceiling_are_rejected(double budgetMs, double? timeoutMs)
    {
        var options = new AlphaAttentionGateOptions
        {
            Budget = TimeSpan.FromMilliseconds(budgetMs),
            PrimaryTimeout = timeoutMs is null ? null : TimeSpan.FromMilliseconds(timeoutMs.Value),
        };
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlphaAttentionGate(options));
    }

    [Fact]
    public void A_custom_threshold_trains_its_own_fallback()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { OpenThreshold = 0.6f });
        Assert.True(gate.Gate(AttentionGens.Sine(10, noise: 0.2, seed: 7)).Open);
        Assert.False(gate.Gate(AttentionGens.Sine(10, noise: 2, seed: 7)).Open);
    }
}
