using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EmilySovereign.Attention;

/// <summary>
/// Band power of a channel whose quarters are whole vectors, folded into quarters before the bins' dot products
/// (decimation in frequency by 4): half the twiddle loads and about three quarters of the multiplies of
/// <see cref="AlphaBandKernel"/>'s half fold, read straight from the channel with no scratch, and the channel's sums
/// from the same streams, so that the channel is read once.
/// </summary>
/// <remarks>
/// With Q = N/4 and x_m = x_{t+mQ}, the twiddle of sample t + mQ is (−i)^(km) times that of sample t, so bin k is the
/// length-Q dot product of its cosine and sine rows with one of four streams, by k mod 4:
/// 0: A = x0+x1+x2+x3, 2: B = x0−x1+x2−x3 (real), 1: R − iI, 3: R + iI with R = x0−x2, I = x1−x3 (complex).
/// A complex bin needs four multiplies per sample instead of two; its sine row is stored negated when k ≡ 3, so both
/// complex kinds share one formula: re += c·R − s·I, im += s·R + c·I. Five consecutive bins always hold one bin of each
/// residue plus a fifth with the first one's residue, so a group's slots are: A, B, complex (k ≡ 1), complex (k ≡ 3),
/// and the fifth, whose kind the loop is specialized for (<see cref="FifthIsA"/> and its siblings).
/// </remarks>
internal static class QuarterFoldKernel
{
    /// <summary>The row slot of bin <paramref name="k"/>, the <paramref name="position"/>-th bin of its group.</summary>
    public static int Slot(int k, int position) => position == 4 ? 4 : (k % 4) switch { 0 => 0, 2 => 1, 1 => 2, _ => 3 };

    /// <summary>The sign of a bin's stored sine row: negated for k ≡ 3 (mod 4), see the remarks.</summary>
    public static float SineSign(int k) => k % 4 == 3 ? -1f : 1f;

    /// <summary>
    /// Σ over the band's bins of |X_k|², five bins per pass over the channel, and the channel's sums from the same
    /// streams: with y shifted by its first sample, Σy = ΣA and, by Parseval for four points, 4Σy² = Σ(A² + B² + 2R² + 2I²).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double BandPower(ReadOnlySpan<float> channel, BandTables tables, out double sum, out double sumOfSquares)
    {
        // Every group reads the whole channel: the first also takes the sums, the others skip them.
        var bandPower = Group<WithSums>(channel, tables, 0, out sum, out sumOfSquares);
        for (var group = 1; group < tables.Groups; group++)
        {
            bandPower += Group<NoSums>(channel, tables, group, out _, out _);
        }

        return bandPower;
    }

    /// <summary>One group of five bins, by the loop specialized for its fifth bin's kind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Group<TSums>(
        ReadOnlySpan<float> channel, BandTables tables, int group, out double sum, out double sumOfSquares)
        where TSums : struct
    {
        // The fifth bin (if the group has one) has the residue of the group's first.
        return ((tables.FirstBin + (group * BandTables.BinsPerGroup)) % 4) switch
        {
            0 => Group<FifthIsA, TSums>(channel, tables, group, out sum, out sumOfSquares),
            2 => Group<FifthIsB, TSums>(channel, tables, group, out sum, out sumOfSquares),
            _ => Group<FifthIsComplex, TSums>(channel, tables, group, out sum, out sumOfSquares),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Group<TFifth, TSums>(
        ReadOnlySpan<float> channel, BandTables tables, int group, out double sum, out double sumOfSquares)
        where TFifth : struct
        where TSums : struct
    {
        var steps = tables.Steps;
        var perGroup = steps * BandTables.BinsPerGroup * 2;
        ref var x0 = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector<float>>(channel));
        ref var row = ref MemoryMarshal.GetReference(
            MemoryMarshal.Cast<float, Vector<float>>(tables.Rows).Slice(group * perGroup, perGroup));
        Vector<float> aRe = default, aIm = default, bRe = default, bIm = default, oneRe = default, oneIm = default;
        Vector<float> threeRe = default, threeIm = default, fifthRe = default, fifthIm = default;
        Vector<float> total = default, realSquares = default, complexSquares = default;
        // The sums are of A less four times the first sample, which takes most of a DC offset out of the squares (the
        // non-DC power does not depend on a shift; see AlphaBandKernel.Sums). B, R and I hold no DC.
        var shift = new Vector<float>(4 * channel[0]);
        for (var step = 0; step < steps; step++)
        {
            var v0 = Unsafe.Add(ref x0, step);
            var v1 = Unsafe.Add(ref x0, step + steps);
            var v2 = Unsafe.Add(ref x0, step + (2 * steps));
            var v3 = Unsafe.Add(ref x0, step + (3 * steps));
            Vector<float> even02 = v0 + v2, even13 = v1 + v3, re = v0 - v2, im = v1 - v3;
            Vector<float> a = even02 + even13, b = even02 - even13, negatedIm = -im;
            ref var r = ref Unsafe.Add(ref row, step * 10);
            if (typeof(TSums) == typeof(WithSums))
            {
                var centred = a - shift;
                total += centred;
                realSquares = AlphaBandKernel.MultiplyAdd(b, b, AlphaBandKernel.MultiplyAdd(centred, centred, realSquares));
                complexSquares = AlphaBandKernel.MultiplyAdd(im, im, AlphaBandKernel.MultiplyAdd(re, re, complexSquares));
            }

            aRe = AlphaBandKernel.MultiplyAdd(a, r, aRe);
            aIm = AlphaBandKernel.MultiplyAdd(a, Unsafe.Add(ref r, 1), aIm);
            bRe = AlphaBandKernel.MultiplyAdd(b, Unsafe.Add(ref r, 2), bRe);
            bIm = AlphaBandKernel.MultiplyAdd(b, Unsafe.Add(ref r, 3), bIm);
            Complex(re, im, negatedIm, Unsafe.Add(ref r, 4), Unsafe.Add(ref r, 5), ref oneRe, ref oneIm);
            Complex(re, im, negatedIm, Unsafe.Add(ref r, 6), Unsafe.Add(ref r, 7), ref threeRe, ref threeIm);
            // Type tests on a struct type argument are JIT-time constants: each instantiation keeps one branch.
            if (typeof(TFifth) == typeof(FifthIsComplex))
            {
                Complex(re, im, negatedIm, Unsafe.Add(ref r, 8), Unsafe.Add(ref r, 9), ref fifthRe, ref fifthIm);
            }
            else
            {
                var fifth = typeof(TFifth) == typeof(FifthIsA) ? a : b;
                fifthRe = AlphaBandKernel.MultiplyAdd(fifth, Unsafe.Add(ref r, 8), fifthRe);
                fifthIm = AlphaBandKernel.MultiplyAdd(fifth, Unsafe.Add(ref r, 9), fifthIm);
            }
        }

        sum = Vector.Sum(total);
        sumOfSquares = 0.25 * Vector.Sum(realSquares + complexSquares + complexSquares);
        return AlphaBandKernel.BinPowers(aRe, aIm, bRe, bIm, oneRe, oneIm, threeRe, threeIm, fifthRe, fifthIm);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Complex(
        Vector<float> re, Vector<float> im, Vector<float> negatedIm, Vector<float> cosine, Vector<float> sine,
        ref Vector<float> sumRe, ref Vector<float> sumIm)
    {
        sumRe = AlphaBandKernel.MultiplyAdd(sine, negatedIm, AlphaBandKernel.MultiplyAdd(cosine, re, sumRe));
        sumIm = AlphaBandKernel.MultiplyAdd(cosine, im, AlphaBandKernel.MultiplyAdd(sine, re, sumIm));
    }

    private struct FifthIsA
    {
    }

    private struct FifthIsB
    {
    }

    private struct FifthIsComplex
    {
    }

    private struct WithSums
    {
    }

    private struct NoSums
    {
    }
}
