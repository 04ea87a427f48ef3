using System;
using EmilySovereign;
using EmilySovereign.Attention;

namespace Emily.Instinct;

/// <summary>Synthetic 64-channel EEG at 256 Hz: windows of an alpha (10 Hz) or beta (20 Hz) rhythm plus noise.</summary>
[Adr(1)]
public sealed class EegSource(int seed)
{
    public const int Channels = 64;
    public const int SamplesPerChannel = 256;
    public const double SampleRateHz = 256;

    private readonly Random _random = new(seed);

    /// <summary>The next window, channel-major: a relaxed subject (alpha) every other window, a busy one (beta) between.</summary>
    public SignalWindow Next(int index)
    {
        var frequencyHz = index % 2 == 0 ? 10.0 : 20.0;
        var samples = new float[Channels * SamplesPerChannel];
        for (var channel = 0; channel < Channels; channel++)
        {
            var phase = _random.NextDouble() * 2 * Math.PI;
            for (var i = 0; i < SamplesPerChannel; i++)
            {
                var noise = (_random.NextDouble() - 0.5) * 0.6;
                samples[channel * SamplesPerChannel + i] = (float)(Math.Sin(2 * Math.PI * frequencyHz * i / SampleRateHz + phase) + noise);
            }
        }

        return new SignalWindow(samples, Channels, SampleRateHz);
    }
}
