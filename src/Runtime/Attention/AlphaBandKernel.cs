using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET9_0_OR_GREATER
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace EmilySovereign.Attention;

/// <summary>
/// Band power of one channel by direct DFT-bin dot products, fused into one pass per group of five bins with
/// portable <see cref="Vector{T}"/> (256-bit on AVX2, 128-bit on Arm64 NEON). Non-finite samples count as missing and
/// read as zero. <see cref="Reference"/> is the scalar double-precision Goertzel the tests compare against.
/// </summary>
/// <remarks>
/// An even-length window is folded first (decimation in frequency): with h = N/2, the twiddle of sample t + h is
/// (−1)^k times that of sample t, so bin k is the length-h dot product of the cosine and sine rows with
/// x_t + x_{t+h} (k even) or x_t − x_{t+h} (k odd). That halves the multiplies with contiguous loads only; odd lengths
/// run the unfolded product over all N samples through the same loop.
/// </remarks>
internal static class AlphaBandKernel
{
    /// <summary>Floats of scratch <see cref="RelativePower(ReadOnlySpan{float}, BandTables, Span{float}, out int)"/> needs.</summary>
    public static int ScratchLength(BandTables tables) => 2 * tables.Steps * Vector<float>.Count;

    /// <summary>The alpha band's share of the channel's non-DC power, or NaN when the channel has no power.</summary>
    public static double RelativePower(ReadOnlySpan<float> channel, BandTables tables, out int missing)
    {
        Span<float> scratch = stackalloc float[ScratchLength(tables)];
        return RelativePower(channel, tables, scratch, out missing);
    }

    /// <summary>The same, with caller-provided scratch of <see cref="ScratchLength"/> floats (reusable across channels).</summary>
    public static double RelativePower(ReadOnlySpan<float> channel, BandTables tables, Span<float> scratch, out int missing)
    {
        int steps = tables.Steps;
        Span<Vector<float>> streams = MemoryMarshal.Cast<float, Vector<float>>(scratch.Slice(0, ScratchLength(tables)));
        Span<Vector<float>> even = streams.Slice(0, steps);
        Span<Vector<float>> odd = tables.Folded ? streams.Slice(steps, steps) : even;

        // Σy² is finite only when every sample is: the common case needs no per-sample check at all.
        Prepare(channel, tables, even, odd, out double sum, out double sumOfSquares);
        missing = 0;
        if (!double.IsFinite(sumOfSquares))
        {
            missing = PrepareSanitized(channel, tables, even, odd, out sum, out sumOfSquares);
        }

        if (double.IsInfinity(sumOfSquares))
        {
            return RelativePowerRescaled(channel, tables);
        }

        double bandPower = BandPower(tables, even, odd);
        return double.IsInfinity(bandPower)
            ? RelativePowerRescaled(channel, tables)
            : Relative(bandPower, sum, sumOfSquares, channel.Length);
    }

    /// <summary>
    /// Writes the streams the bins multiply (folded: sums and differences of the two halves; unfolded: the channel),
    /// zero-padded to whole vectors, and the channel's sum and sum of squares.
    /// </summary>
    private static void Prepare(
        ReadOnlySpan<float> channel, BandTables tables, Span<Vector<float>> even, Span<Vector<float>> odd,
        out double sum, out double sumOfSquares)
    {
        int lanes = Vector<float>.Count;
        int span = tables.Span;
        int full = span / lanes;
        ref Vector<float> x0 = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector<float>>(channel.Slice(0, full * lanes)));
        ref Vector<float> e = ref MemoryMarshal.GetReference(even);
        ref Vector<float> o = ref MemoryMarshal.GetReference(odd);
        // Independent accumulators: one chain of fused multiply-adds would wait on its own latency every step.
        Vector<float> total = default, totalB = default, squares = default, squaresB = default;
        bool folded = tables.Folded;
        if (folded)
        {
            ref Vector<float> y0 = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector<float>>(channel.Slice(span, full * lanes)));
            for (int i = 0; i < full; i++)
            {
                Vector<float> x = Unsafe.Add(ref x0, i);
                Vector<float> y = Unsafe.Add(ref y0, i);
                squares += x * x;
                squaresB += y * y;
                Vector<float> plus = x + y;
                total += plus;
                Unsafe.Add(ref e, i) = plus;
                Unsafe.Add(ref o, i) = x - y;
            }
        }
        else
        {
            int i = 0;
            for (; i + 1 < full; i += 2)
            {
                Vector<float> x = Unsafe.Add(ref x0, i);
                Vector<float> y = Unsafe.Add(ref x0, i + 1);
                squares += x * x;
                squaresB += y * y;
                total += x;
                totalB += y;
                Unsafe.Add(ref e, i) = x;
                Unsafe.Add(ref e, i + 1) = y;
            }

            if (i < full)
            {
                Vector<float> x = Unsafe.Add(ref x0, i);
                squares += x * x;
                total += x;
                Unsafe.Add(ref e, i) = x;
            }
        }

        total += totalB;
        squares += squaresB;
        sum = Vector.Sum(total);
        sumOfSquares = Vector.Sum(squares);
        if (full * lanes < span)
        {
            PrepareTail(channel, tables, even, odd, ref sum, ref sumOfSquares);
        }
    }

    /// <summary>The last, partial vector step of <see cref="Prepare"/>, zero-padded, in scalar code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PrepareTail(
        ReadOnlySpan<float> channel, BandTables tables, Span<Vector<float>> even, Span<Vector<float>> odd,
        ref double sum, ref double sumOfSquares)
    {
        int lanes = Vector<float>.Count;
        int span = tables.Span;
        int start = span / lanes * lanes;
        Span<float> e = MemoryMarshal.Cast<Vector<float>, float>(even.Slice(start / lanes, 1));
        Span<float> o = MemoryMarshal.Cast<Vector<float>, float>(odd.Slice(start / lanes, 1));
        e.Clear();
        o.Clear();
        for (int t = start; t < span; t++)
        {
            float x = channel[t];
            float y = tables.Folded ? channel[t + span] : 0f;
            sum += (double)x + y;
            sumOfSquares += ((double)x * x) + ((double)y * y);
            e[t - start] = x + y;
            if (tables.Folded)
            {
                o[t - start] = x - y;
            }
        }
    }

    /// <summary>
    /// <see cref="Prepare"/> on a copy where non-finite samples read as zero; answers how many there were. Only runs
    /// when the fast pass saw a non-finite sum of squares, so rare input pays for the copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int PrepareSanitized(
        ReadOnlySpan<float> channel, BandTables tables, Span<Vector<float>> even, Span<Vector<float>> odd,
        out double sum, out double sumOfSquares)
    {
        Span<float> clean = stackalloc float[channel.Length];
        int missing = 0;
        for (int t = 0; t < channel.Length; t++)
        {
            float y = channel[t];
            if (float.IsFinite(y))
            {
                clean[t] = y;
            }
            else
            {
                missing++;
            }
        }

        Prepare(clean, tables, even, odd, out sum, out sumOfSquares);
        return missing;
    }

    /// <summary>Σ over the band's bins of |X_k|², five bins per pass over the streams.</summary>
    private static double BandPower(BandTables tables, ReadOnlySpan<Vector<float>> even, ReadOnlySpan<Vector<float>> odd)
    {
        ReadOnlySpan<Vector<float>> rows = MemoryMarshal.Cast<float, Vector<float>>(tables.Rows);
        int steps = tables.Steps;
        int perGroup = steps * BandTables.BinsPerGroup * 2;
        double bandPower = 0;
        for (int group = 0; group < tables.Groups; group++)
        {
            // Five consecutive bins alternate parity: slots 0, 2, 4 share one stream, slots 1, 3 the other.
            bool firstIsEven = ((tables.FirstBin + (group * BandTables.BinsPerGroup)) & 1) == 0;
            ReadOnlySpan<Vector<float>> a = (firstIsEven ? even : odd).Slice(0, steps);
            ReadOnlySpan<Vector<float>> b = (firstIsEven ? odd : even).Slice(0, steps);
            ReadOnlySpan<Vector<float>> block = rows.Slice(group * perGroup, perGroup);
            ref Vector<float> row = ref MemoryMarshal.GetReference(block);
            ref Vector<float> ua = ref MemoryMarshal.GetReference(a);
            ref Vector<float> vb = ref MemoryMarshal.GetReference(b);
            Vector<float> c0 = default, s0 = default, c1 = default, s1 = default, c2 = default;
            Vector<float> s2 = default, c3 = default, s3 = default, c4 = default, s4 = default;
            for (int step = 0; step < steps; step++)
            {
                Vector<float> u = Unsafe.Add(ref ua, step);
                Vector<float> v = Unsafe.Add(ref vb, step);
                ref Vector<float> r = ref Unsafe.Add(ref row, step * 10);
                c0 = MultiplyAdd(u, r, c0);
                s0 = MultiplyAdd(u, Unsafe.Add(ref r, 1), s0);
                c1 = MultiplyAdd(v, Unsafe.Add(ref r, 2), c1);
                s1 = MultiplyAdd(v, Unsafe.Add(ref r, 3), s1);
                c2 = MultiplyAdd(u, Unsafe.Add(ref r, 4), c2);
                s2 = MultiplyAdd(u, Unsafe.Add(ref r, 5), s2);
                c3 = MultiplyAdd(v, Unsafe.Add(ref r, 6), c3);
                s3 = MultiplyAdd(v, Unsafe.Add(ref r, 7), s3);
                c4 = MultiplyAdd(u, Unsafe.Add(ref r, 8), c4);
                s4 = MultiplyAdd(u, Unsafe.Add(ref r, 9), s4);
            }

            bandPower += Square(c0, s0) + Square(c1, s1) + Square(c2, s2) + Square(c3, s3) + Square(c4, s4);
        }

        return bandPower;
    }

    /// <summary>
    /// <paramref name="a"/> × <paramref name="b"/> + <paramref name="c"/>, in one instruction where the hardware has one
    /// (the JIT does not contract <c>c += a * b</c> by itself, and emulates the fused form slowly where it has none).
    /// The condition is a JIT-time constant, so only one branch is compiled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> MultiplyAdd(Vector<float> a, Vector<float> b, Vector<float> c)
    {
#if NET9_0_OR_GREATER
        if (Vector.IsHardwareAccelerated && (Fma.IsSupported || AdvSimd.IsSupported))
        {
            return Vector.FusedMultiplyAdd(a, b, c);
        }
#endif
        return (a * b) + c;
    }

    /// <summary>
    /// Huge magnitudes overflowed the float sums: the relative power does not depend on scale, so run the same
    /// kernel again on a copy scaled by a power of two that brings the largest finite sample near 1.
    /// </summary>
    private static double RelativePowerRescaled(ReadOnlySpan<float> channel, BandTables tables)
    {
        float largest = 0f;
        foreach (float y in channel)
        {
            if (float.IsFinite(y))
            {
                largest = MathF.Max(largest, MathF.Abs(y));
            }
        }

        float scale = MathF.ScaleB(1f, -MathF.ILogB(largest));
        Span<float> scaled = stackalloc float[channel.Length];
        for (int t = 0; t < channel.Length; t++)
        {
            scaled[t] = channel[t] * scale;
        }

        return RelativePower(scaled, tables, out _);
    }

    /// <summary>The scalar reference: Goertzel per bin in double precision over the zero-filled channel.</summary>
    public static double Reference(ReadOnlySpan<float> channel, int firstBin, int binCount, out int missing)
    {
        int length = channel.Length;
        double sum = 0;
        double sumOfSquares = 0;
        missing = 0;
        for (int t = 0; t < length; t++)
        {
            double y = channel[t];
            if (!double.IsFinite(y))
            {
                missing++;
                continue;
            }

            sum += y;
            sumOfSquares += y * y;
        }

        double bandPower = 0;
        for (int bin = firstBin; bin < firstBin + binCount; bin++)
        {
            double coefficient = 2 * Math.Cos(2 * Math.PI * bin / length);
            double previous = 0;
            double beforePrevious = 0;
            for (int t = 0; t < length; t++)
            {
                double y = channel[t];
                double current = (double.IsFinite(y) ? y : 0) + (coefficient * previous) - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }

            bandPower += (previous * previous) + (beforePrevious * beforePrevious) - (coefficient * previous * beforePrevious);
        }

        return Relative(bandPower, sum, sumOfSquares, length);
    }

    /// <summary>Parseval: the non-DC power is N·Σy² − (Σy)²; a real signal's bin k has a twin at N−k.</summary>
    private static double Relative(double bandPower, double sum, double sumOfSquares, int length)
    {
        double nonDcPower = (length * sumOfSquares) - (sum * sum);
        return nonDcPower > 0 && double.IsFinite(nonDcPower) ? Math.Clamp(2 * bandPower / nonDcPower, 0, 1) : double.NaN;
    }

    private static double Square(Vector<float> cosines, Vector<float> sines)
    {
        double c = Vector.Sum(cosines);
        double s = Vector.Sum(sines);
        return (c * c) + (s * s);
    }
}
