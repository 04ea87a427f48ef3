using System;

namespace EmilySovereign.Attention;

/// <summary>
/// Level encoding of the <see cref="HdcFeatures"/> into a 10 000-bit hypervector (ADR 11). Each feature owns one
/// segment of the vector (its position); within it, level q is a seeded random base segment with the first
/// q/(Levels−1) of a seeded permutation of its bits flipped, so nearby levels are near in Hamming distance and the
/// whole vector's distance is a sum over features. Encoding is a table copy: no per-bit work on the hot path.
/// </summary>
internal sealed class HdcEncoder
{
    public const int Levels = 32;

    private const int SegmentWords = (Hypervector.Words + HdcFeatures.Count - 1) / HdcFeatures.Count;

    /// <summary>[feature, level, word of segment] flattened.</summary>
    private readonly ulong[] _table = new ulong[HdcFeatures.Count * Levels * SegmentWords];

    public HdcEncoder(int seed)
    {
        var random = new Random(seed);
        var basis = Hypervector.Random(random);
        for (var feature = 0; feature < HdcFeatures.Count; feature++)
        {
            (var start, var words) = Segment(feature);
            var bits = Math.Min(words * 64, Hypervector.Dimension - (start * 64));
            var order = Permutation(random, bits);
            for (var level = 0; level < Levels; level++)
            {
                var segment = _table.AsSpan(((feature * Levels) + level) * SegmentWords, words);
                basis.AsSpan(start, words).CopyTo(segment);
                var flipped = (int)Math.Round((double)level * bits / (Levels - 1));
                for (var k = 0; k < flipped; k++)
                {
                    segment[order[k] / 64] ^= 1UL << (order[k] % 64);
                }
            }
        }
    }

    /// <summary>Encodes the window into <paramref name="destination"/> (<see cref="Hypervector.Words"/> words).</summary>
    public void Encode(in SignalWindow window, Span<ulong> destination)
    {
        Span<float> features = stackalloc float[HdcFeatures.Count];
        HdcFeatures.Compute(in window, features);
        Encode(features, destination);
    }

    public void Encode(ReadOnlySpan<float> features, Span<ulong> destination)
    {
        for (var feature = 0; feature < HdcFeatures.Count; feature++)
        {
            (var start, var words) = Segment(feature);
            LevelSegment(feature, Level(features[feature])).CopyTo(destination.Slice(start, words));
        }
    }

    /// <summary>
    /// The Hamming distance from each (feature, level) segment to the same segment of <paramref name="prototype"/>.
    /// Segments are disjoint, so a window's distance to the prototype is the sum of its features' entries: the
    /// classifier adds 16 of them instead of encoding and popcounting 157 words per call (ADR 11).
    /// </summary>
    public int[] SegmentDistances(ReadOnlySpan<ulong> prototype)
    {
        var distances = new int[HdcFeatures.Count * Levels];
        for (var feature = 0; feature < HdcFeatures.Count; feature++)
        {
            (var start, var words) = Segment(feature);
            for (var level = 0; level < Levels; level++)
            {
                distances[(feature * Levels) + level] = Hypervector.HammingDistance(LevelSegment(feature, level), prototype.Slice(start, words));
            }
        }

        return distances;
    }

    public static int Level(float feature) => Math.Clamp((int)MathF.Round((feature + 1f) * 0.5f * (Levels - 1)), 0, Levels - 1);

    private ReadOnlySpan<ulong> LevelSegment(int feature, int level) =>
        _table.AsSpan(((feature * Levels) + level) * SegmentWords, Segment(feature).Words);

    /// <summary>Segments of <see cref="SegmentWords"/> words; the last one takes what is left.</summary>
    private static (int Start, int Words) Segment(int feature)
    {
        var start = feature * SegmentWords;
        return (start, Math.Min(SegmentWords, Hypervector.Words - start));
    }

    private static int[] Permutation(Random random, int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
