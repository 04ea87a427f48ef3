using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using CsCheck;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class HdcClassifierTests
{
    [Fact]
    public void Hamming_distance_counts_differing_bits()
    {
        Gen<ulong[]> vector = Gen.ULong.Array[Hypervector.Words];
        Gen.Select(vector, vector).Sample((a, b) =>
        {
            int expected = 0;
            for (int bit = 0; bit < a.Length * 64; bit++)
            {
                expected += (int)(((a[bit / 64] ^ b[bit / 64]) >> (bit % 64)) & 1);
            }

            Assert.Equal(expected, Hypervector.HammingDistance(a, b));
            Assert.Equal(0, Hypervector.HammingDistance(a, a));
        }, iter: 1_000, threads: 1);
    }

    [Fact]
    public void Hamming_distance_of_different_lengths_throws() =>
        Assert.Throws<ArgumentException>(() => Hypervector.HammingDistance(new ulong[2], new ulong[3]));

    [Fact]
    public void Encoding_uses_exactly_the_dimensions_bits()
    {
        var encoder = new HdcEncoder(seed: 3);
        var encoded = new ulong[Hypervector.Words];
        var all = Enumerable.Repeat(1f, HdcFeatures.Count).ToArray();
        var none = Enumerable.Repeat(-1f, HdcFeatures.Count).ToArray();
        var other = new ulong[Hypervector.Words];

        encoder.Encode(all, encoded);
        encoder.Encode(none, other);

        Assert.Equal(0UL, encoded[^1] & ~Hypervector.LastWordMask);
        Assert.Equal(Hypervector.Dimension, Hypervector.HammingDistance(encoded, other));
    }

    [Fact]
    public void Nearby_levels_are_near_in_hamming_distance()
    {
        var encoder = new HdcEncoder(seed: 5);
        var a = new ulong[Hypervector.Words];
        var b = new ulong[Hypervector.Words];
        var c = new ulong[Hypervector.Words];
        encoder.Encode(Enumerable.Repeat(0f, HdcFeatures.Count).ToArray(), a);
        encoder.Encode(Enumerable.Repeat(0.1f, HdcFeatures.Count).ToArray(), b);
        encoder.Encode(Enumerable.Repeat(0.9f, HdcFeatures.Count).ToArray(), c);

        Assert.True(Hypervector.HammingDistance(a, b) < Hypervector.HammingDistance(a, c));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        List<(SignalWindow, bool)> examples = Labelled(new AlphaBandBackend(), count: 60, seed: 11);
        HdcClassifier first = HdcClassifier.Train(examples, seed: 42);
        HdcClassifier second = HdcClassifier.Train(examples, seed: 42);
        HdcClassifier other = HdcClassifier.Train(examples, seed: 43);

        SignalWindow probe = AttentionGens.Sine(10, 0.5, seed: 9, channels: 8);
        Assert.Equal(first.Classify(probe).DistanceToOpen, second.Classify(probe).DistanceToOpen);
        Assert.Equal(first.Classify(probe).DistanceToClosed, second.Classify(probe).DistanceToClosed);
        Assert.NotEqual(first.Classify(probe).DistanceToOpen, other.Classify(probe).DistanceToOpen);
    }

    [Fact]
    public void Summed_segment_distances_equal_the_full_encodings_hamming_distances()
    {
        var buffer = new float[SignalWindow.MaxTotalSamples];
        AttentionGens.AnyWindow.Sample(spec =>
        {
            SignalWindow window = spec.Build(buffer);
            HdcDecision fast = HdcClassifier.Default.Classify(window);
            HdcDecision full = HdcClassifier.Default.ClassifyByEncoding(window);
            Assert.Equal(full.DistanceToOpen, fast.DistanceToOpen);
            Assert.Equal(full.DistanceToClosed, fast.DistanceToClosed);
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void Training_needs_both_labels()
    {
        var onlyOpen = new List<(SignalWindow, bool)> { (AttentionGens.Sine(10, 0.1, seed: 1), true) };
        Assert.Throws<ArgumentException>(() => HdcClassifier.Train(onlyOpen));
    }

    [Fact]
    public void Agrees_with_the_primary_on_ninety_percent_of_synthetic_windows_after_training()
    {
        var primary = new AlphaBandBackend();
        HdcClassifier classifier = HdcClassifier.Train(Labelled(primary, count: 300, seed: 21), seed: 7);
        List<(SignalWindow Window, bool Open)> test = Labelled(primary, count: 1_000, seed: 22);

        int agreed = test.Count(x => classifier.Classify(x.Window).Open == x.Open);

        Assert.True(agreed >= 900, $"HDC agreed with the primary on {agreed} of 1000 windows.");
        Assert.InRange(test.Count(x => x.Open), 200, 800);
    }

    [Fact]
    public void The_default_classifier_agrees_with_the_default_gates_primary()
    {
        List<(SignalWindow Window, bool Open)> test = Labelled(new AlphaBandBackend(), count: 500, seed: 23, channels: 64);
        int agreed = test.Count(x => HdcClassifier.Default.Classify(x.Window).Open == x.Open);
        Assert.True(agreed >= 450, $"HDC agreed with the primary on {agreed} of 500 windows.");
    }

    [Fact]
    public void The_default_classifier_agrees_with_the_primary_on_a_stream_of_alpha_and_beta_windows()
    {
        // The sample's stream: a relaxed subject (10 Hz) every other window, a busy one (20 Hz) between. Features that
        // were autocorrelations at half and one alpha period put a clean 20 Hz rhythm nearer the open prototype, and
        // the fallback answered open for every window.
        var primary = new AlphaBandBackend();
        var random = new Random(42);
        int agreed = 0, open = 0;
        for (int i = 0; i < 200; i++)
        {
            var window = new SignalWindow(SyntheticEeg.Samples(random, 64, 256, 256, i % 2 == 0 ? 10 : 20, amplitude: 1, noise: 0.2), 64, 256);
            bool expected = primary.Estimate(window).AlphaPower >= AlphaAttentionGateOptions.DefaultOpenThreshold;
            open += expected ? 1 : 0;
            agreed += HdcClassifier.Default.Classify(window).Open == expected ? 1 : 0;
        }

        Assert.Equal(100, open);
        Assert.True(agreed >= 190, $"HDC agreed with the primary on {agreed} of 200 windows.");
    }

    [Fact]
    public void The_default_classifier_agrees_with_the_primary_on_rhythms_from_three_to_thirty_hertz()
    {
        // Every rhythm, not only the training mix: 20 and 30 Hz looked like alpha to correlations at fs/20 and fs/10.
        // The band's edges (7–8.5 and 11.5–13.5 Hz) are left out: there a short stretch cannot be as sharp as the primary.
        var primary = new AlphaBandBackend();
        int agreed = 0, windows = 0;
        for (double hz = 3; hz <= 30; hz += 0.5)
        {
            if (hz is > 6.5 and < 9 or > 11 and < 14)
            {
                continue;
            }

            for (int seed = 0; seed < 4; seed++)
            {
                SignalWindow window = AttentionGens.Sine(hz, noise: 0.5, seed, channels: 16);
                bool expected = primary.Estimate(window).AlphaPower >= AlphaAttentionGateOptions.DefaultOpenThreshold;
                agreed += HdcClassifier.Default.Classify(window).Open == expected ? 1 : 0;
                windows++;
            }
        }

        Assert.True(agreed >= windows * 95 / 100, $"HDC agreed with the primary on {agreed} of {windows} windows.");
    }

    [Fact]
    public void Classifying_any_window_never_throws_and_scores_in_range()
    {
        AttentionGens.AnyWindow.Sample(spec =>
        {
            HdcDecision decision = HdcClassifier.Default.Classify(spec.Build());
            Assert.InRange(decision.Score, 0f, 1f);
            Assert.Equal(decision.Open, decision.DistanceToOpen < decision.DistanceToClosed);
        }, iter: 2_000, threads: 1);
    }

    private static List<(SignalWindow Window, bool Open)> Labelled(IAttentionBackend primary, int count, int seed, int channels = 8)
    {
        var random = new Random(seed);
        var examples = new List<(SignalWindow, bool)>(count);
        for (int i = 0; i < count; i++)
        {
            SignalWindow window = SyntheticEeg.Mixed(random, channels, samples: 256, sampleRateHz: 256);
            examples.Add((window, primary.Estimate(window).AlphaPower >= AlphaAttentionGateOptions.DefaultOpenThreshold));
        }

        return examples;
    }
}
