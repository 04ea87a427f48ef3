using System;
using System.Numerics;
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
    private const int Stretch = 128;

    /// <summary>Writes <see cref="Count"/> features in [−1, 1] into <paramref name="features"/>.</summary>
    public static void Compute(in SignalWindow window, Span<float> features)
    {
        int halfPeriod = Math.Max(1, (int)Math.Round(window.SampleRateHz / 20));
        int fullPeriod = Math.Max(2, (int)Math.Round(window.SampleRateHz / 10));
        int length = Math.Min(window.SamplesPerChannel, fullPeriod + Stretch);
        Span<float> clean = stackalloc float[SignalWindow.MaxSamplesPerChannel];
        clean = clean.Slice(0, length);
        for (int j = 0; j < SampledChannels; j++)
        {
            int channel = j * window.Channels / SampledChannels;
            Clean(window.Channel(channel).Slice(0, length), clean);
            features[j * FeaturesPerChannel] = Correlation(clean, halfPeriod);
            features[(j * FeaturesPerChannel) + 1] = Correlation(clean, fullPeriod);
        }
    }

    /// <summary>Copies the stretch with missing (non-finite) samples as zero and the mean removed.</summary>
    private static void Clean(ReadOnlySpan<float> source, Span<float> destination)
    {
        double sum = 0;
        for (int t = 0; t < source.Length; t++)
        {
            float y = source[t];
            y = float.IsFinite(y) ? y : 0f;
            destination[t] = y;
            sum += y;
        }

        float mean = (float)(sum / source.Length);
        if (!float.IsFinite(mean))
        {
            destination.Clear();
            return;
        }

        for (int t = 0; t < destination.Length; t++)
        {
            destination[t] -= mean;
        }
    }

    /// <summary>Pearson correlation of the stretch with itself <paramref name="lag"/> samples later; 0 if undefined.</summary>
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
