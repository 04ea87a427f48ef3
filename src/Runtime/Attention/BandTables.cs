using System;
using System.Numerics;

namespace EmilySovereign.Attention;

/// <summary>
/// The DFT basis rows (cosine and sine) of the band's bins for one window length and sample rate, laid out so the
/// vector kernel reads them in one sequential stream: for each group of <see cref="BinsPerGroup"/> bins, for each
/// vector step, ten vectors (cos and sin of each bin). A folded length keeps only the rows of its first half or quarter
/// (the kernels fold the rest onto it, see <see cref="AlphaBandKernel"/> and <see cref="QuarterFoldKernel"/>). Built
/// once per window shape and then only read.
/// </summary>
internal sealed class BandTables
{
    /// <summary>Bins fused into one pass over a channel: 10 accumulators + sum + sum of squares fit 16 registers.</summary>
    public const int BinsPerGroup = 5;

    private BandTables(int length, double sampleRateHz, int firstBin, int binCount, float[] rows)
    {
        Length = length;
        SampleRateHz = sampleRateHz;
        FirstBin = firstBin;
        BinCount = binCount;
        Rows = rows;
        Fold = FoldOf(length);
        Span = length / Fold;
        Steps = (Span + Vector<float>.Count - 1) / Vector<float>.Count;
        Groups = (binCount + BinsPerGroup - 1) / BinsPerGroup;
    }

    public int Length { get; }

    public double SampleRateHz { get; }

    public int FirstBin { get; }

    public int BinCount { get; }

    /// <summary>
    /// Into how many parts the kernel folds a channel: 4 when its quarters are whole vectors
    /// (<see cref="QuarterFoldKernel"/>), else 2 for even lengths, else 1.
    /// </summary>
    public int Fold { get; }

    /// <summary>Samples per row: the length divided by <see cref="Fold"/>.</summary>
    public int Span { get; }

    /// <summary>Vector steps per row, the last one padded with zeros.</summary>
    public int Steps { get; }

    public int Groups { get; }

    public float[] Rows { get; }

    public bool Fits(int length, double sampleRateHz) => Length == length && SampleRateHz == sampleRateHz;

    /// <summary>The DFT bins whose frequency lies in [lowHz, highHz]; the bin nearest the band's centre if none does.</summary>
    public static (int First, int Count) BandBins(int length, double sampleRateHz, double lowHz, double highHz)
    {
        var nyquistBin = (length - 1) / 2;
        var first = Math.Max(1, (int)Math.Ceiling((lowHz * length / sampleRateHz) - 1e-9));
        var last = Math.Min(nyquistBin, (int)Math.Floor((highHz * length / sampleRateHz) + 1e-9));
        if (first > last)
        {
            var centre = (int)Math.Round((lowHz + highHz) / 2 * length / sampleRateHz);
            first = Math.Clamp(centre, 1, Math.Max(1, nyquistBin));
            last = first;
        }

        return (first, last - first + 1);
    }

    public static BandTables Build(int length, double sampleRateHz, double lowHz, double highHz)
    {
        (var first, var count) = BandBins(length, sampleRateHz, lowHz, highHz);
        var lanes = Vector<float>.Count;
        var fold = FoldOf(length);
        var span = length / fold;
        var steps = (span + lanes - 1) / lanes;
        var groups = (count + BinsPerGroup - 1) / BinsPerGroup;
        var rows = new float[groups * steps * BinsPerGroup * 2 * lanes];

        // cos(2πkt/N) depends only on kt mod N: N trigonometric calls instead of one per bin and sample.
        var cosines = new float[length];
        var sines = new float[length];
        for (var t = 0; t < length; t++)
        {
            cosines[t] = (float)Math.Cos(2 * Math.PI * t / length);
            sines[t] = (float)Math.Sin(2 * Math.PI * t / length);
        }

        for (var bin = 0; bin < count; bin++)
        {
            var group = bin / BinsPerGroup;
            var k = first + bin;
            var slot = fold == 4 ? QuarterFoldKernel.Slot(k, bin % BinsPerGroup) : bin % BinsPerGroup;
            var sineSign = fold == 4 ? QuarterFoldKernel.SineSign(k) : 1f;
            for (var t = 0; t < span; t++)
            {
                var step = t / lanes;
                var baseIndex = ((((group * steps) + step) * BinsPerGroup * 2) + (slot * 2)) * lanes;
                var phase = (int)((long)k * t % length);
                rows[baseIndex + (t % lanes)] = cosines[phase];
                rows[baseIndex + lanes + (t % lanes)] = sineSign * sines[phase];
            }
        }

        return new BandTables(length, sampleRateHz, first, count, rows);
    }

    private static int FoldOf(int length) =>
        length % (4 * Vector<float>.Count) == 0 ? 4 : length % 2 == 0 ? 2 : 1;
}
