using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>
/// The cheap features the HDC fallback encodes: on up to <see cref="SampledChannels"/> evenly spaced channels, how much
/// of a short stretch (about <see cref="StretchSeconds"/>) is a rhythm at 9 Hz and at 11 Hz, the two probes that cover
/// the 8–12 Hz band between them. Each is the amplitude share sqrt(|Σ y·e^(−iωt)|² / (n/2 · Σ y²)) of the stretch y
/// with its mean removed: about 1 for a pure rhythm at the probe, near 0 for one 4 Hz or more away and for noise,
/// mapped to [−1, 1]. A share, unlike a correlation at a few lags, is high for alpha only: rhythms outside the band,
/// slower or faster (20 or 30 Hz included), are all low, so each class lies on one side and a nearest-prototype
/// classifier separates them (ADR 11, amended). It reads at most <see cref="MaxPoints"/> samples per channel (every
/// stride-th at high sample rates) instead of the whole window, which keeps the fallback near a microsecond.
/// </summary>
internal static class HdcFeatures
{
    public const int SampledChannels = 8;
    public const int FeaturesPerChannel = 2;
    public const int Count = SampledChannels * FeaturesPerChannel;

    /// <summary>The stretch's length in time: its probes' main lobes reach 1/0.35 ≈ 2.9 Hz either side.</summary>
    public const double StretchSeconds = 0.35;

    /// <summary>The most samples read per channel; faster rates read every stride-th sample of the stretch.</summary>
    public const int MaxPoints = 128;

    private const double LowProbeHz = 9, HighProbeHz = 11;

    private static Probes? _probes;

    /// <summary>Writes <see cref="Count"/> features in [−1, 1] into <paramref name="features"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compute(in SignalWindow window, Span<float> features)
    {
        var probes = ProbesFor(window.SampleRateHz);
        var points = Math.Min(probes.Points, ((window.SamplesPerChannel - 1) / probes.Stride) + 1);
        Span<float> clean = stackalloc float[points];
        for (var j = 0; j < SampledChannels; j++)
        {
            var channel = j * window.Channels / SampledChannels;
            Clean(window.Channel(channel), probes.Stride, clean);
            Shares(clean, probes, out var low, out var high);
            features[j * FeaturesPerChannel] = (2 * low) - 1;
            features[(j * FeaturesPerChannel) + 1] = (2 * high) - 1;
        }
    }

    /// <summary>Copies every <paramref name="stride"/>-th sample, missing (non-finite) ones as zero, and removes the mean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Clean(ReadOnlySpan<float> channel, int stride, Span<float> destination)
    {
        var destinationVectors = MemoryMarshal.Cast<float, Vector<float>>(destination);
        float sum = 0;
        var tail = 0;
        if (stride == 1)
        {
            var sourceVectors = MemoryMarshal.Cast<float, Vector<float>>(channel.Slice(0, destination.Length));
            Vector<float> total = default;
            for (var i = 0; i < sourceVectors.Length; i++)
            {
                var v = sourceVectors[i];
                v = Vector.ConditionalSelect(Vector.Equals(v - v, Vector<float>.Zero), v, Vector<float>.Zero);
                destinationVectors[i] = v;
                total += v;
            }

            sum = Vector.Sum(total);
            tail = sourceVectors.Length * Vector<float>.Count;
        }

        for (var t = tail; t < destination.Length; t++)
        {
            var y = channel[t * stride];
            y = float.IsFinite(y) ? y : 0f;
            destination[t] = y;
            sum += y;
        }

        var mean = sum / destination.Length;
        if (!float.IsFinite(mean))
        {
            destination.Clear();
            return;
        }

        var means = new Vector<float>(mean);
        for (var i = 0; i < destinationVectors.Length; i++)
        {
            destinationVectors[i] -= means;
        }

        for (var t = destinationVectors.Length * Vector<float>.Count; t < destination.Length; t++)
        {
            destination[t] -= mean;
        }
    }

    /// <summary>The amplitude shares, 0 to 1, of the two probe frequencies in the cleaned stretch; 0 for a flat one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Shares(ReadOnlySpan<float> y, Probes probes, out float low, out float high)
    {
        var n = y.Length;
        var ys = MemoryMarshal.Cast<float, Vector<float>>(y);
        ReadOnlySpan<Vector<float>> lowCos = MemoryMarshal.Cast<float, Vector<float>>(probes.LowCos.AsSpan(0, n));
        ReadOnlySpan<Vector<float>> lowSin = MemoryMarshal.Cast<float, Vector<float>>(probes.LowSin.AsSpan(0, n));
        ReadOnlySpan<Vector<float>> highCos = MemoryMarshal.Cast<float, Vector<float>>(probes.HighCos.AsSpan(0, n));
        ReadOnlySpan<Vector<float>> highSin = MemoryMarshal.Cast<float, Vector<float>>(probes.HighSin.AsSpan(0, n));
        Vector<float> lc = default, ls = default, hc = default, hs = default, energy = default;
        for (var i = 0; i < ys.Length; i++)
        {
            var v = ys[i];
            lc += v * lowCos[i];
            ls += v * lowSin[i];
            hc += v * highCos[i];
            hs += v * highSin[i];
            energy += v * v;
        }

        double c1 = Vector.Sum(lc), s1 = Vector.Sum(ls), c2 = Vector.Sum(hc), s2 = Vector.Sum(hs), e = Vector.Sum(energy);
        for (var t = ys.Length * Vector<float>.Count; t < n; t++)
        {
            double v = y[t];
            c1 += v * probes.LowCos[t];
            s1 += v * probes.LowSin[t];
            c2 += v * probes.HighCos[t];
            s2 += v * probes.HighSin[t];
            e += v * v;
        }

        var scale = e * n / 2;
        low = Share((c1 * c1) + (s1 * s1), scale);
        high = Share((c2 * c2) + (s2 * s2), scale);
    }

    private static float Share(double power, double scale)
    {
        var share = Math.Sqrt(power / scale);
        return double.IsFinite(share) ? (float)Math.Min(share, 1) : 0f;
    }

    /// <summary>The last sample rate's probes, rebuilt only when the rate changes (racing builders are harmless).</summary>
    private static Probes ProbesFor(double sampleRateHz)
    {
        var probes = Volatile.Read(ref _probes);
        if (probes is null || probes.SampleRateHz != sampleRateHz)
        {
            probes = new Probes(sampleRateHz);
            Volatile.Write(ref _probes, probes);
        }

        return probes;
    }

    /// <summary>Cosine and sine rows of both probes at the stretch's sample times, for one sample rate.</summary>
    private sealed class Probes
    {
        public Probes(double sampleRateHz)
        {
            SampleRateHz = sampleRateHz;
            var span = (int)Math.Ceiling(StretchSeconds * sampleRateHz);
            Stride = Math.Max(1, (span + MaxPoints - 1) / MaxPoints);
            Points = Math.Min(MaxPoints, ((span - 1) / Stride) + 1);
            LowCos = new float[Points];
            LowSin = new float[Points];
            HighCos = new float[Points];
            HighSin = new float[Points];
            for (var t = 0; t < Points; t++)
            {
                var seconds = (double)t * Stride / sampleRateHz;
                LowCos[t] = (float)Math.Cos(2 * Math.PI * LowProbeHz * seconds);
                LowSin[t] = (float)Math.Sin(2 * Math.PI * LowProbeHz * seconds);
                HighCos[t] = (float)Math.Cos(2 * Math.PI * HighProbeHz * seconds);
                HighSin[t] = (float)Math.Sin(2 * Math.PI * HighProbeHz * seconds);
            }
        }

        public double SampleRateHz { get; }

        public int Stride { get; }

        public int Points { get; }

        public float[] LowCos { get; }

        public float[] LowSin { get; }

        public float[] HighCos { get; }

        public float[] HighSin { get; }
    }
}
