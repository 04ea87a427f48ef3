using System;
using EmilySovereign;

namespace Emily.NervousSystem.Signals;

/// <summary>Synthetic 64-channel EEG windows at 256 Hz: a rhythm of one frequency on every channel plus noise.</summary>
[Adr(1)]
public sealed class SignalSource(int seed)
{
    public const int Channels = 64;
    public const int SamplesPerChannel = 256;
    public const double SampleRateHz = 256;

    private readonly Random _random = new(seed);

    /// <summary>One window, channel-major, with a <paramref name="frequencyHz"/> rhythm on every channel.</summary>
    public float[] NextWindow(double frequencyHz)
    {
        var samples = new float[Channels * SamplesPerChannel];
        for (var channel = 0; channel < Channels; channel++)
        {
            var phase = _random.NextDouble() * 2 * Math.PI;
            for (var i = 0; i < SamplesPerChannel; i++)
            {
                var t = i / SampleRateHz;
                var noise = (_random.NextDouble() - 0.5) * 0.6;
                samples[channel * SamplesPerChannel + i] = (float)(Math.Sin(2 * Math.PI * frequencyHz * t + phase) + noise);
            }
        }

        return samples;
    }
}
