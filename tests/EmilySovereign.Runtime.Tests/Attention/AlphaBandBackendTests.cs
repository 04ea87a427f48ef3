using System;
using CsCheck;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class AlphaBandBackendTests
{
    private readonly AlphaBandBackend _backend = new();

    [Fact]
    public void Ten_hertz_sine_is_mostly_alpha()
    {
        AlphaEstimate estimate = _backend.Estimate(AttentionGens.Sine(10, noise: 0.3, seed: 1));
        Assert.InRange(estimate.AlphaPower, 0.8f, 1f);
        Assert.Equal(64, estimate.UsableChannels);
        Assert.Equal(0, estimate.MissingSamples);
    }

    [Fact]
    public void Twenty_hertz_sine_is_hardly_alpha() =>
        Assert.InRange(_backend.Estimate(AttentionGens.Sine(20, noise: 0.3, seed: 2)).AlphaPower, 0f, 0.1f);

    [Fact]
    public void White_noise_has_the_bands_share_of_power()
    {
        // 5 of the 127 non-DC bins of a 256-sample window at 256 Hz lie in 8-12 Hz.
        AlphaEstimate estimate = _backend.Estimate(Noise(seed: 3));
        Assert.InRange(estimate.AlphaPower, 0.02f, 0.07f);
    }

    [Fact]
    public void Non_finite_samples_are_counted_and_read_as_zero()
    {
        float[] samples = SyntheticEeg.Samples(new Random(4), 4, 256, 256, 10, 1, 0.1);
        samples[3] = float.NaN;
        samples[300] = float.PositiveInfinity;
        samples[700] = float.NegativeInfinity;

        AlphaEstimate estimate = _backend.Estimate(new SignalWindow(samples, 4, 256));

        Assert.Equal(3, estimate.MissingSamples);
        Assert.InRange(estimate.AlphaPower, 0.7f, 1f);
    }

    [Fact]
    public void Huge_magnitudes_stay_finite()
    {
        float[] samples = SyntheticEeg.Samples(new Random(5), 2, 256, 256, 10, 1, 0.1);
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] *= 1e37f;
        }

        AlphaEstimate estimate = _backend.Estimate(new SignalWindow(samples, 2, 256));
        Assert.InRange(estimate.AlphaPower, 0.7f, 1f);
    }

    [Fact]
    public void Flat_channels_are_not_usable()
    {
        AlphaEstimate estimate = _backend.Estimate(new SignalWindow(new float[4 * 256], 4, 256));
        Assert.Equal(0, estimate.UsableChannels);
        Assert.Equal(0f, estimate.AlphaPower);
    }

    [Fact]
    public void Band_bins_are_the_ones_between_the_edges_or_the_nearest_to_the_centre()
    {
        Assert.Equal((8, 5), BandTables.BandBins(256, 256, 8, 12));
        Assert.Equal((16, 9), BandTables.BandBins(512, 256, 8, 12));
        Assert.Equal((2, 2), BandTables.BandBins(64, 256, 8, 12));
        Assert.Equal((2, 1), BandTables.BandBins(64, 256, 9, 11));
    }

    [Fact]
    public void Vector_and_scalar_paths_agree_on_ordinary_signals()
    {
        Gen<(int Channels, int Length, int Seed, double Frequency)> gen =
            from channels in Gen.Int[1, 64]
            from length in Gen.Int[64, 1024]
            from seed in Gen.Int
            from frequency in Gen.Double[1, 60]
            select (channels, length, seed, frequency);

        gen.Sample(x =>
        {
            var window = new SignalWindow(SyntheticEeg.Samples(new Random(x.Seed), x.Channels, x.Length, 256, x.Frequency, 1, 0.5), x.Channels, 256);
            Assert.Equal(_backend.EstimateScalar(window).AlphaPower, _backend.Estimate(window).AlphaPower, 1e-3f);
        }, iter: 2_000, threads: 1);
    }

    /// <summary>
    /// Even lengths are folded onto their first half, odd ones are not: both parities, every length 16–1024 (tails of
    /// any width), a band whose bins start on either parity, and missing samples at the fold's edges (first and last
    /// sample of each half) must all agree with the unfolded scalar reference.
    /// </summary>
    [Fact]
    public void Folded_and_unfolded_lengths_agree_with_the_reference_at_the_folds_edges()
    {
        Gen<(int Channels, int Length, int Seed, double Frequency, int Edges, double Low)> gen =
            from channels in Gen.Int[1, 8]
            from length in Gen.Int[SignalWindow.MinSamplesPerChannel, SignalWindow.MaxSamplesPerChannel] // either parity
            from seed in Gen.Int
            from frequency in Gen.Double[1, 60]
            from edges in Gen.Int[0, 15]
            from low in Gen.Double[6, 10]
            select (channels, length, seed, frequency, edges, low);

        gen.Sample(x =>
        {
            double rate = Math.Min(256, x.Length / SignalWindow.MinDurationSeconds);
            float[] samples = SyntheticEeg.Samples(new Random(x.Seed), x.Channels, x.Length, rate, x.Frequency, 1, 0.5);
            int h = x.Length / 2;
            int[] edges = [0, h - 1, h, x.Length - 1];
            int expectedMissing = 0;
            for (int c = 0; c < x.Channels; c++)
            {
                for (int e = 0; e < edges.Length; e++)
                {
                    int i = (c * x.Length) + edges[e];
                    if ((x.Edges & (1 << e)) != 0 && float.IsFinite(samples[i]))
                    {
                        samples[i] = e % 2 == 0 ? float.NaN : float.NegativeInfinity;
                        expectedMissing++;
                    }
                }
            }

            var window = new SignalWindow(samples, x.Channels, rate);
            var backend = new AlphaBandBackend(x.Low, x.Low + 4);
            AlphaEstimate vector = backend.Estimate(window);
            AlphaEstimate scalar = backend.EstimateScalar(window);
            Assert.Equal(expectedMissing, scalar.MissingSamples);
            Assert.Equal(expectedMissing, vector.MissingSamples);
            Assert.Equal(scalar.UsableChannels, vector.UsableChannels);
            Assert.Equal(scalar.AlphaPower, vector.AlphaPower, 1e-3f);
        }, iter: 2_000, threads: 1);
    }

    /// <summary>
    /// Lengths whose quarters are whole vectors fold into quarters (<c>QuarterFoldKernel</c>): its four bin kinds, a
    /// fifth bin of each kind, groups of one to five bins, and missing samples at every quarter's edges must all agree
    /// with the unfolded scalar reference.
    /// </summary>
    [Fact]
    public void Quarter_folded_lengths_agree_with_the_reference_for_every_bin_kind()
    {
        int quantum = 4 * System.Numerics.Vector<float>.Count;
        Gen<(int Channels, int Quanta, int Seed, double Frequency, int Edges, int FirstBin, int Bins)> gen =
            from channels in Gen.Int[1, 4]
            from quanta in Gen.Int[Math.Max(1, SignalWindow.MinSamplesPerChannel / quantum), SignalWindow.MaxSamplesPerChannel / quantum]
            from seed in Gen.Int
            from frequency in Gen.Double[1, 60]
            from edges in Gen.Int[0, 255]
            from firstBin in Gen.Int[1, 12]
            from bins in Gen.Int[1, 11]
            select (channels, quanta, seed, frequency, edges, firstBin, bins);

        gen.Sample(x =>
        {
            int length = x.Quanta * quantum;
            double rate = length / SignalWindow.MinDurationSeconds;
            float[] samples = SyntheticEeg.Samples(new Random(x.Seed), x.Channels, length, rate, x.Frequency, 1, 0.5);
            int q = length / 4;
            int[] edges = [0, q - 1, q, (2 * q) - 1, 2 * q, (3 * q) - 1, 3 * q, length - 1];
            for (int e = 0; e < edges.Length; e++)
            {
                if ((x.Edges & (1 << e)) != 0)
                {
                    samples[edges[e]] = float.NaN;
                }
            }

            // A band from bin FirstBin to FirstBin + Bins - 1 (clamped below Nyquist by BandBins).
            double binHz = rate / length;
            var backend = new AlphaBandBackend(x.FirstBin * binHz, (x.FirstBin + x.Bins - 1) * binHz);
            var window = new SignalWindow(samples, x.Channels, rate);
            AlphaEstimate vector = backend.Estimate(window);
            AlphaEstimate scalar = backend.EstimateScalar(window);
            Assert.Equal(scalar.MissingSamples, vector.MissingSamples);
            Assert.Equal(scalar.UsableChannels, vector.UsableChannels);
            Assert.Equal(scalar.AlphaPower, vector.AlphaPower, 1e-3f);
        }, iter: 2_000, threads: 1);
    }

    /// <summary>
    /// Electrodes carry DC offsets far above the alpha rhythm. The float sums must not lose the non-DC power to
    /// cancellation (N·Σy² − (Σy)² of two nearly equal numbers): every length, offsets up to 10⁴ times the signal.
    /// </summary>
    [Fact]
    public void A_dc_offset_far_above_the_signal_leaves_the_answer()
    {
        Gen<(int Length, int Seed, double Frequency, float Offset)> gen =
            from length in Gen.Int[64, 1024]
            from seed in Gen.Int
            from frequency in Gen.Double[1, 60]
            from offset in Gen.Float[-1e4f, 1e4f]
            select (length, seed, frequency, offset);

        gen.Sample(x =>
        {
            float[] samples = SyntheticEeg.Samples(new Random(x.Seed), 2, x.Length, 256, x.Frequency, 1, 0.5);
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] += x.Offset;
            }

            var window = new SignalWindow(samples, 2, 256);
            Assert.Equal(_backend.EstimateScalar(window).AlphaPower, _backend.Estimate(window).AlphaPower, 1e-3f);
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void Vector_and_scalar_paths_agree_on_any_floats()
    {
        AttentionGens.AnyWindow.Sample(spec =>
        {
            SignalWindow window = spec.Build();
            AlphaEstimate vector = _backend.Estimate(window);
            AlphaEstimate scalar = _backend.EstimateScalar(window);
            Assert.Equal(scalar.MissingSamples, vector.MissingSamples);
            Assert.InRange(vector.AlphaPower, 0f, 1f);
            Assert.InRange(scalar.AlphaPower, 0f, 1f);
        }, iter: 1_000, threads: 1);
    }

    private static SignalWindow Noise(int seed) =>
        new(SyntheticEeg.Samples(new Random(seed), 64, 256, 256, 10, amplitude: 0, noise: 1), 64, 256);
}
