using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EmilySovereign.Attention;

/// <summary>
/// The cheap features the HDC fallback encodes: on up to <see cref="SampledChannels"/> evenly spaced channels, the
/// normalized autocorrelation of a short stretch at half and at one full alpha period (fs/20 and fs/10 samples).
/// A 10 Hz rhythm gives about −1 and +1, a 20 Hz one +1 and +1, noise about 0 and 0. It reads a few hundred samples
/// instead of the whole window, which is what keeps the fallback under a microsecond.
/// </summary>
internal static class HdcFeatures
{
    public const int SampledChannels = 8;
    public const int FeaturesPerChannel = 2;
    public const int Count = SampledChannels * FeaturesPerChannel;

    /// <summary>Products per correlation.</summary>
    private const int Stretch = 64;

    /// <summary>Writes <see cref="Count"/> features in [−1, 1] into <paramref name="features"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compute(in SignalWindow window, Span<float> features)
    {
        int halfPeriod = Math.Max(1, (int)Math.Round(window.SampleRateHz / 20));
        int fullPeriod = Math.Max(2, (int)Math.Round(window.SampleRateHz / 10));
        int length = Math.Min(window.SamplesPerChannel, fullPeriod + Stretch);
        Span<float> clean = stackalloc float[length];
        for (int j = 0; j < SampledChannels; j++)
        {
            int channel = j * window.Channels / SampledChannels;
            Clean(window.Channel(channel).Slice(0, length), clean);
            features[j * FeaturesPerChannel] = Correlation(clean, halfPeriod);
            features[(j * FeaturesPerChannel) + 1] = Correlation(clean, fullPeriod);
        }
    }

    /// <summary>Copies the stretch with missing (non-finite) samples as zero and the mean removed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Clean(ReadOnlySpan<float> source, Span<float> destination)
    {
        ReadOnlySpan<Vector<float>> sourceVectors = MemoryMarshal.Cast<float, Vector<float>>(source);
        Span<Vector<float>> destinationVectors = MemoryMarshal.Cast<float, Vector<float>>(destination);
        Vector<float> total = default;
        for (int i = 0; i < sourceVectors.Length; i++)
        {
            Vector<float> v = sourceVectors[i];
            v = Vector.ConditionalSelect(Vector.Equals(v - v, Vector<float>.Zero), v, Vector<float>.Zero);
            destinationVectors[i] = v;
            total += v;
        }

        float sum = Vector.Sum(total);
        for (int t = sourceVectors.Length * Vector<float>.Count; t < source.Length; t++)
        {
            float y = float.IsFinite(source[t]) ? source[t] : 0f;
            destination[t] = y;
            sum += y;
        }

        float mean = sum / source.Length;
        if (!float.IsFinite(mean))
        {
            destination.Clear();
            return;
        }

        var means = new Vector<float>(mean);
        for (int i = 0; i < destinationVectors.Length; i++)
        {
            destinationVectors[i] -= means;
        }

        for (int t = destinationVectors.Length * Vector<float>.Count; t < destination.Length; t++)
        {
            destination[t] -= mean;
        }
    }

    /// <summary>Pearson correlation of the stretch with itself <paramref name="lag"/> samples later; 0 if undefined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Correlation(ReadOnlySpan<float> y, int lag)
    {
        int n = Math.Min(Stretch, y.Length - lag);
        if (n < 4)
        {
            return 0f;
        }

        ReadOnlySpan<float> early = y.Slice(0, n);
        ReadOnlySpan<float> late = y.Slice(lag, n);
        ReadOnlySpan<Vector<float>> earlyVectors = MemoryMarshal.Cast<float, Vector<float>>(early);
        ReadOnlySpan<Vector<float>> lateVectors = MemoryMarshal.Cast<float, Vector<float>>(late);
        Vector<float> cross = default, earlyEnergy = default, lateEnergy = default;
        for (int i = 0; i < earlyVectors.Length; i++)
        {
            Vector<float> e = earlyVectors[i];
            Vector<float> l = lateVectors[i];
            cross += e * l;
            earlyEnergy += e * e;
            lateEnergy += l * l;
        }

        double c = Vector.Sum(cross), ee = Vector.Sum(earlyEnergy), le = Vector.Sum(lateEnergy);
        for (int t = earlyVectors.Length * Vector<float>.Count; t < n; t++)
        {
            c += (double)early[t] * late[t];
            ee += (double)early[t] * early[t];
            le += (double)late[t] * late[t];
        }

        double r = c / Math.Sqrt(ee * le);
        return double.IsFinite(r) ? (float)Math.Clamp(r, -1, 1) : 0f;
    }
}
