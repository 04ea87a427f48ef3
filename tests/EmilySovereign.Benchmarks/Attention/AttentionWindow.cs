using System;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>The window every attention benchmark measures: 64 channels × 256 samples at 256 Hz, 10 Hz alpha + noise.</summary>
internal static class AttentionWindow
{
    public const int Channels = 64;
    public const int Samples = 256;
    public const double RateHz = 256;

    public static float[] Data() => SyntheticEeg.Samples(new Random(1), Channels, Samples, RateHz, frequencyHz: 10, amplitude: 1, noise: 0.5);

    public static SignalWindow Create() => new(Data(), Channels, RateHz);
}
