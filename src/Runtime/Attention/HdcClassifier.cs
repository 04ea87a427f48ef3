using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>
/// The gate's fallback: a hyperdimensional classifier that encodes a window into a 10 000-bit hypervector and answers
/// whichever prototype (<c>open</c> or <c>closed</c>) is nearer in Hamming distance. Prototypes are trained from
/// labelled windows by bitwise majority (bundling) and are the same for the same examples and seed (ADR 11).
/// Immutable after training, so thread-safe; classifying allocates nothing.
/// </summary>
[Adr(11)]
public sealed class HdcClassifier
{
    private static readonly Lazy<HdcClassifier> LazyDefault =
        new(() => TrainOnSynthetic(new AlphaBandBackend(), AlphaAttentionGateOptions.DefaultOpenThreshold, seed: 1),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HdcEncoder _encoder;
    private readonly ulong[] _open;
    private readonly ulong[] _closed;

    /// <summary>Per (feature, level): Hamming distance of that segment to the open and to the closed prototype.</summary>
    private readonly int[] _toOpen;
    private readonly int[] _toClosed;

    private HdcClassifier(HdcEncoder encoder, ulong[] open, ulong[] closed)
    {
        _encoder = encoder;
        _open = open;
        _closed = closed;
        _toOpen = encoder.SegmentDistances(open);
        _toClosed = encoder.SegmentDistances(closed);
    }

    /// <summary>
    /// The classifier the gate uses unless told otherwise: trained once per process on deterministic synthetic
    /// windows labelled by <see cref="AlphaBandBackend"/> at the default threshold.
    /// </summary>
    public static HdcClassifier Default => LazyDefault.Value;

    /// <summary>Trains prototypes from labelled windows by majority bundling.</summary>
    /// <param name="examples">Windows with their labels (true: open); at least one of each label.</param>
    /// <param name="seed">Seeds the encoding's random base vectors and the tie-breaks.</param>
    /// <exception cref="ArgumentException">An empty window, or a label with no example.</exception>
    public static HdcClassifier Train(IEnumerable<(SignalWindow Window, bool Open)> examples, int seed = 1)
    {
        if (examples is null)
        {
            throw new ArgumentNullException(nameof(examples));
        }

        var encoder = new HdcEncoder(seed);
        var openCounts = new int[Hypervector.Dimension];
        var closedCounts = new int[Hypervector.Dimension];
        int opens = 0, closeds = 0;
        var encoded = new ulong[Hypervector.Words];
        foreach ((var window, var open) in examples)
        {
            if (window.IsEmpty)
            {
                throw new ArgumentException("A training window is empty.", nameof(examples));
            }

            encoder.Encode(in window, encoded);
            AddBits(encoded, open ? openCounts : closedCounts);
            _ = open ? opens++ : closeds++;
        }

        if (opens == 0 || closeds == 0)
        {
            throw new ArgumentException($"Training needs open and closed examples; got {opens} open and {closeds} closed.", nameof(examples));
        }

        var tieBreak = Hypervector.Random(new Random(unchecked(seed * 31) + 7));
        return new HdcClassifier(encoder, Majority(openCounts, opens, tieBreak), Majority(closedCounts, closeds, tieBreak));
    }

    /// <summary>Encodes and classifies <paramref name="window"/>.</summary>
    /// <param name="window">A non-empty window; non-finite samples read as missing.</param>
    /// <remarks>
    /// The answer is exactly that of encoding the window and popcounting its distance to both prototypes
    /// (<see cref="ClassifyByEncoding"/>); it adds the precomputed per-segment distances instead, which is the same sum.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // fast from the first call, as AlphaBandBackend's
    public HdcDecision Classify(in SignalWindow window)
    {
        Span<float> features = stackalloc float[HdcFeatures.Count];
        HdcFeatures.Compute(in window, features);
        int toOpen = 0, toClosed = 0;
        for (var feature = 0; feature < features.Length; feature++)
        {
            var entry = (feature * HdcEncoder.Levels) + HdcEncoder.Level(features[feature]);
            toOpen += _toOpen[entry];
            toClosed += _toClosed[entry];
        }

        return Decide(toOpen, toClosed);
    }

    /// <summary>The same answer the long way: the 10 000-bit encoding and two full Hamming distances.</summary>
    internal HdcDecision ClassifyByEncoding(in SignalWindow window)
    {
        Span<ulong> encoded = stackalloc ulong[Hypervector.Words];
        _encoder.Encode(in window, encoded);
        return Decide(Hypervector.HammingDistance(encoded, _open), Hypervector.HammingDistance(encoded, _closed));
    }

    private static HdcDecision Decide(int toOpen, int toClosed)
    {
        var score = toOpen + toClosed == 0 ? 0.5f : (float)toClosed / (toOpen + toClosed);
        return new HdcDecision(toOpen < toClosed, score, toOpen, toClosed);
    }

    internal static HdcClassifier TrainOnSynthetic(IAttentionBackend labeller, float threshold, int seed)
    {
        var random = new Random(seed);
        var examples = new List<(SignalWindow, bool)>(256);
        for (var i = 0; i < 256; i++)
        {
            var window = SyntheticEeg.Mixed(random, channels: 8, samples: 256, sampleRateHz: 256);
            examples.Add((window, labeller.Estimate(in window).AlphaPower >= threshold));
        }

        return Train(examples, seed);
    }

    private static void AddBits(ReadOnlySpan<ulong> vector, int[] counts)
    {
        for (var bit = 0; bit < Hypervector.Dimension; bit++)
        {
            counts[bit] += (int)((vector[bit / 64] >> (bit % 64)) & 1);
        }
    }

    private static ulong[] Majority(int[] counts, int examples, ulong[] tieBreak)
    {
        var prototype = new ulong[Hypervector.Words];
        for (var bit = 0; bit < Hypervector.Dimension; bit++)
        {
            var twice = 2 * counts[bit];
            var set = twice > examples || (twice == examples && ((tieBreak[bit / 64] >> (bit % 64)) & 1) == 1);
            if (set)
            {
                prototype[bit / 64] |= 1UL << (bit % 64);
            }
        }

        return prototype;
    }
}

/// <summary>What <see cref="HdcClassifier.Classify(in SignalWindow)"/> answers.</summary>
public readonly struct HdcDecision
{
    internal HdcDecision(bool open, float score, int distanceToOpen, int distanceToClosed)
    {
        Open = open;
        Score = score;
        DistanceToOpen = distanceToOpen;
        DistanceToClosed = distanceToClosed;
    }

    /// <summary>Whether the window is nearer the open prototype.</summary>
    public bool Open { get; }

    /// <summary>distance-to-closed / (sum of both distances): 0 to 1, above 0.5 when open.</summary>
    public float Score { get; }

    /// <summary>Hamming distance to the open prototype.</summary>
    public int DistanceToOpen { get; }

    /// <summary>Hamming distance to the closed prototype.</summary>
    public int DistanceToClosed { get; }
}
