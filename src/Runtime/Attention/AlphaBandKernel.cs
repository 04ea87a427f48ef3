using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#if NET9_0_OR_GREATER
using System.Runtime.Intrinsics.Arm;
#endif
using System.Runtime.Intrinsics.X86;

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
/// run the unfolded product over all N samples through the same loop. Lengths whose quarters are whole vectors (256
/// samples, say) fold once more, in <see cref="QuarterFoldKernel"/>.
/// </remarks>
internal static partial class AlphaBandKernel
{
    /// <summary>Floats of scratch <see cref="RelativePower"/> needs (reusable across channels); none for quarters.</summary>
    public static int ScratchLength(BandTables tables) => tables.Fold == 4 ? 0 : 2 * tables.Steps * Vector<float>.Count;

    /// <summary>The alpha band's share of the channel's non-DC power, or NaN when the channel has no power.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double RelativePower(ReadOnlySpan<float> channel, BandTables tables, Span<float> scratch, out int missing)
    {
        double sum, sumOfSquares, bandPower;
        if (tables.Fold == 4)
        {
            // The quarter fold's streams give the sums too (Parseval): the channel is read once.
            bandPower = QuarterFoldKernel.BandPower(channel, tables, out sum, out sumOfSquares);
        }
        else
        {
            Sums(channel, out sum, out sumOfSquares);
            bandPower = double.IsFinite(sumOfSquares) ? BandPower(channel, tables, scratch) : 0;
        }

        // Σy² is finite only when every sample is: the common case needs no per-sample check at all.
        if (!double.IsFinite(sumOfSquares))
        {
            return RelativePowerOfFiniteSamples(channel, tables, scratch, out missing);
        }

        missing = 0;
        return double.IsInfinity(bandPower)
            ? RelativePowerRescaled(channel, tables, scratch)
            : Relative(bandPower, sum, sumOfSquares, channel.Length);
    }

    /// <summary>
    /// The sum and sum of squares of the channel shifted by its first sample, in float lanes (a huge sample makes the
    /// squares infinite). The non-DC power N·Σy² − (Σy)² is the same for any shift, but unshifted, a DC offset far
    /// above the signal makes it the difference of two nearly equal floats and cancels the signal away.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sums(ReadOnlySpan<float> channel, out double sum, out double sumOfSquares)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(channel);
        var first = channel[0];
        var shift = new Vector<float>(first);
        // Independent accumulators: one chain would wait on its own latency every step.
        Vector<float> total = default, totalB = default, squares = default, squaresB = default;
        var i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            var x = vectors[i] - shift;
            var y = vectors[i + 1] - shift;
            total += x;
            totalB += y;
            squares = MultiplyAdd(x, x, squares);
            squaresB = MultiplyAdd(y, y, squaresB);
        }

        if (i < vectors.Length)
        {
            var x = vectors[i] - shift;
            total += x;
            squares = MultiplyAdd(x, x, squares);
        }

        sum = Vector.Sum(total + totalB);
        sumOfSquares = Vector.Sum(squares + squaresB);
        for (var t = vectors.Length * Vector<float>.Count; t < channel.Length; t++)
        {
            double y = channel[t] - first;
            sum += y;
            sumOfSquares += y * y;
        }
    }

    /// <summary>
    /// The channel's sums were not finite: either it has non-finite samples, which count as missing and read as zero
    /// (on a copy), or huge ones overflowed the float squares. Rare input pays for the copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double RelativePowerOfFiniteSamples(
        ReadOnlySpan<float> channel, BandTables tables, Span<float> scratch, out int missing)
    {
        Span<float> clean = stackalloc float[channel.Length];
        missing = 0;
        for (var t = 0; t < channel.Length; t++)
        {
            var y = channel[t];
            if (float.IsFinite(y))
            {
                clean[t] = y;
            }
            else
            {
                missing++;
            }
        }

        return missing > 0 ? RelativePower(clean, tables, scratch, out _) : RelativePowerRescaled(channel, tables, scratch);
    }

    /// <summary>Band power of a half-folded or unfolded channel: writes the streams to scratch, then multiplies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BandPower(ReadOnlySpan<float> channel, BandTables tables, Span<float> scratch)
    {
        var steps = tables.Steps;
        var streams = MemoryMarshal.Cast<float, Vector<float>>(scratch.Slice(0, ScratchLength(tables)));
        var even = streams.Slice(0, steps);
        var odd = tables.Fold == 2 ? streams.Slice(steps, steps) : even;
        WriteStreams(channel, tables, even, odd);
        return BandPower(tables, even, odd);
    }

    /// <summary>
    /// Writes the streams the bins multiply (half fold: sums and differences of the two halves; no fold: the channel),
    /// zero-padded to whole vectors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteStreams(ReadOnlySpan<float> channel, BandTables tables, Span<Vector<float>> even, Span<Vector<float>> odd)
    {
        var lanes = Vector<float>.Count;
        var span = tables.Span;
        var full = span / lanes;
        var x = MemoryMarshal.Cast<float, Vector<float>>(channel.Slice(0, full * lanes));
        if (tables.Fold == 2)
        {
            var y = MemoryMarshal.Cast<float, Vector<float>>(channel.Slice(span, full * lanes));
            for (var i = 0; i < x.Length; i++)
            {
                even[i] = x[i] + y[i];
                odd[i] = x[i] - y[i];
            }
        }
        else
        {
            x.CopyTo(even);
        }

        if (full < even.Length)
        {
            // The last, partial vector, zero-padded.
            var e = MemoryMarshal.Cast<Vector<float>, float>(even.Slice(full, 1));
            var o = MemoryMarshal.Cast<Vector<float>, float>(odd.Slice(full, 1));
            e.Clear();
            o.Clear();
            for (var t = full * lanes; t < span; t++)
            {
                var y = tables.Fold == 2 ? channel[t + span] : 0f;
                e[t - (full * lanes)] = channel[t] + y;
                if (tables.Fold == 2)
                {
                    o[t - (full * lanes)] = channel[t] - y;
                }
            }
        }
    }

    /// <summary>Σ over the band's bins of |X_k|², five bins per pass over the streams.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BandPower(BandTables tables, ReadOnlySpan<Vector<float>> even, ReadOnlySpan<Vector<float>> odd)
    {
        var rows = MemoryMarshal.Cast<float, Vector<float>>(tables.Rows);
        var steps = tables.Steps;
        var perGroup = steps * BandTables.BinsPerGroup * 2;
        double bandPower = 0;
        for (var group = 0; group < tables.Groups; group++)
        {
            // Five consecutive bins alternate parity: slots 0, 2, 4 share one stream, slots 1, 3 the other.
            var firstIsEven = ((tables.FirstBin + (group * BandTables.BinsPerGroup)) & 1) == 0;
            var a = (firstIsEven ? even : odd).Slice(0, steps);
            var b = (firstIsEven ? odd : even).Slice(0, steps);
            var block = rows.Slice(group * perGroup, perGroup);
            ref var row = ref MemoryMarshal.GetReference(block);
            ref var ua = ref MemoryMarshal.GetReference(a);
            ref var vb = ref MemoryMarshal.GetReference(b);
            Vector<float> c0 = default, s0 = default, c1 = default, s1 = default, c2 = default;
            Vector<float> s2 = default, c3 = default, s3 = default, c4 = default, s4 = default;
            for (var step = 0; step < steps; step++)
            {
                var u = Unsafe.Add(ref ua, step);
                var v = Unsafe.Add(ref vb, step);
                ref var r = ref Unsafe.Add(ref row, step * 10);
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

            bandPower += BinPowers(c0, s0, c1, s1, c2, s2, c3, s3, c4, s4);
        }

        return bandPower;
    }

    /// <summary>
    /// <paramref name="a"/> × <paramref name="b"/> + <paramref name="c"/>, in one instruction where the hardware has one
    /// (the JIT does not contract <c>c += a * b</c> by itself, and emulates the fused form slowly where it has none).
    /// The condition is a JIT-time constant, so only one branch is compiled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector<float> MultiplyAdd(Vector<float> a, Vector<float> b, Vector<float> c)
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
    private static double RelativePowerRescaled(ReadOnlySpan<float> channel, BandTables tables, Span<float> scratch)
    {
        var largest = 0f;
        foreach (var y in channel)
        {
            if (float.IsFinite(y))
            {
                largest = MathF.Max(largest, MathF.Abs(y));
            }
        }

        var scale = MathF.ScaleB(1f, -MathF.ILogB(largest));
        Span<float> scaled = stackalloc float[channel.Length];
        for (var t = 0; t < channel.Length; t++)
        {
            scaled[t] = channel[t] * scale;
        }

        return RelativePower(scaled, tables, scratch, out _);
    }

    /// <summary>Parseval: the non-DC power is N·Σy² − (Σy)²; a real signal's bin k has a twin at N−k.</summary>
    private static double Relative(double bandPower, double sum, double sumOfSquares, int length)
    {
        var nonDcPower = (length * sumOfSquares) - (sum * sum);
        return nonDcPower > 0 && double.IsFinite(nonDcPower) ? Math.Clamp(2 * bandPower / nonDcPower, 0, 1) : double.NaN;
    }

    /// <summary>
    /// Σ |X|² of five bins from their cosine and sine accumulators: each lane sum in float, squared in double. With
    /// AVX, horizontal adds reduce eight accumulators together instead of one at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double BinPowers(
        Vector<float> c0, Vector<float> s0, Vector<float> c1, Vector<float> s1, Vector<float> c2,
        Vector<float> s2, Vector<float> c3, Vector<float> s3, Vector<float> c4, Vector<float> s4)
    {
        if (Avx.IsSupported && Vector<float>.Count == Vector256<float>.Count)
        {
            var first = LaneSums(c0, s0, c1, s1);
            var second = LaneSums(c2, s2, c3, s3);
            var last = LaneSums(c4, s4, Vector<float>.Zero, Vector<float>.Zero);
            var a = Avx.ConvertToVector256Double(first);
            var b = Avx.ConvertToVector256Double(second);
            var c = Avx.ConvertToVector256Double(last);
            return Vector256.Sum((a * a) + (b * b) + (c * c));
        }

        return Square(c0, s0) + Square(c1, s1) + Square(c2, s2) + Square(c3, s3) + Square(c4, s4);
    }

    /// <summary>The lane sums of four vectors, as the four lanes of one.</summary>
    private static Vector128<float> LaneSums(Vector<float> a, Vector<float> b, Vector<float> c, Vector<float> d)
    {
        var pairs = Avx.HorizontalAdd(
            Avx.HorizontalAdd(a.AsVector256(), b.AsVector256()), Avx.HorizontalAdd(c.AsVector256(), d.AsVector256()));
        return pairs.GetLower() + pairs.GetUpper();
    }

    private static double Square(Vector<float> cosines, Vector<float> sines)
    {
        double c = Vector.Sum(cosines);
        double s = Vector.Sum(sines);
        return (c * c) + (s * s);
    }
}
