using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace EmilySovereign.Attention;

/// <summary>
/// Band power of one channel by direct DFT-bin dot products, fused into one pass per group of five bins with
/// portable <see cref="Vector{T}"/> (256-bit on AVX2, 128-bit on Arm64 NEON). Non-finite samples count as missing and
/// read as zero. <see cref="Reference"/> is the scalar double-precision Goertzel the tests compare against.
/// </summary>
internal static class AlphaBandKernel
{
    /// <summary>The alpha band's share of the channel's non-DC power, or NaN when the channel has no power.</summary>
    public static double RelativePower(ReadOnlySpan<float> channel, BandTables tables, out int missing)
    {
        ReadOnlySpan<Vector<float>> rows = MemoryMarshal.Cast<float, Vector<float>>(tables.Rows);
        ReadOnlySpan<Vector<float>> samples = MemoryMarshal.Cast<float, Vector<float>>(channel);
        int lanes = Vector<float>.Count;
        int fullSteps = samples.Length;
        int tailLength = channel.Length - (fullSteps * lanes);
        Span<float> tailBuffer = stackalloc float[lanes];
        channel.Slice(fullSteps * lanes).CopyTo(tailBuffer);
        var tail = new Vector<float>(tailBuffer);
        int steps = tailLength == 0 ? fullSteps : fullSteps + 1;

        double bandPower = 0;
        double sum = 0;
        double sumOfSquares = 0;
        int finite = 0;
        for (int group = 0; group < tables.Groups; group++)
        {
            ReadOnlySpan<Vector<float>> block = rows.Slice(group * tables.Steps * BandTables.BinsPerGroup * 2, steps * BandTables.BinsPerGroup * 2);
            Vector<float> c0 = default, s0 = default, c1 = default, s1 = default, c2 = default;
            Vector<float> s2 = default, c3 = default, s3 = default, c4 = default, s4 = default;
            Vector<float> total = default, squares = default;
            Vector<int> finiteLanes = default;
            for (int step = 0, r = 0; step < steps; step++, r += 10)
            {
                Vector<float> v = step < fullSteps ? samples[step] : tail;
                Vector<int> isFinite = Vector.Equals(v - v, Vector<float>.Zero);
                v = Vector.ConditionalSelect(isFinite, v, Vector<float>.Zero);
                finiteLanes -= isFinite;
                total += v;
                squares += v * v;
                c0 += v * block[r];
                s0 += v * block[r + 1];
                c1 += v * block[r + 2];
                s1 += v * block[r + 3];
                c2 += v * block[r + 4];
                s2 += v * block[r + 5];
                c3 += v * block[r + 6];
                s3 += v * block[r + 7];
                c4 += v * block[r + 8];
                s4 += v * block[r + 9];
            }

            bandPower += Square(c0, s0) + Square(c1, s1) + Square(c2, s2) + Square(c3, s3) + Square(c4, s4);
            if (group == 0)
            {
                sum = Vector.Sum(total);
                sumOfSquares = Vector.Sum(squares);
                finite = Vector.Sum(finiteLanes) - (steps * lanes - channel.Length);
            }
        }

        missing = channel.Length - finite;
        return double.IsInfinity(sumOfSquares) || double.IsInfinity(bandPower)
            ? RelativePowerRescaled(channel, tables)
            : Relative(bandPower, sum, sumOfSquares, channel.Length);
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
