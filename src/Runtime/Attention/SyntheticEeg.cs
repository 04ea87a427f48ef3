using System;

namespace EmilySovereign.Attention;

/// <summary>
/// Deterministic synthetic EEG-like windows (a sine per channel with a random phase plus Gaussian noise), used to
/// train the default HDC prototypes and by the tests and benchmarks.
/// </summary>
internal static class SyntheticEeg
{
    /// <summary>Every channel: <paramref name="amplitude"/>·sin(2π·f·t + phase) + N(0, <paramref name="noise"/>²).</summary>
    public static float[] Samples(Random random, int channels, int samples, double sampleRateHz, double frequencyHz, double amplitude, double noise)
    {
        var data = new float[channels * samples];
        for (var c = 0; c < channels; c++)
        {
            var phase = random.NextDouble() * 2 * Math.PI;
            for (var t = 0; t < samples; t++)
            {
                var signal = amplitude * Math.Sin((2 * Math.PI * frequencyHz * t / sampleRateHz) + phase);
                data[(c * samples) + t] = (float)(signal + (noise * Gaussian(random)));
            }
        }

        return data;
    }

    /// <summary>Half alpha (8.5–11.5 Hz) and half other rhythms (3–6.5 or 15–30 Hz), amplitudes and noise random.</summary>
    public static SignalWindow Mixed(Random random, int channels, int samples, double sampleRateHz)
    {
        var frequency = random.Next(2) == 0
            ? 8.5 + (3 * random.NextDouble())
            : random.Next(2) == 0 ? 3 + (3.5 * random.NextDouble()) : 15 + (15 * random.NextDouble());
        var amplitude = 0.5 + (1.5 * random.NextDouble());
        var noise = 0.2 + random.NextDouble();
        return new SignalWindow(Samples(random, channels, samples, sampleRateHz, frequency, amplitude, noise), channels, sampleRateHz);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
