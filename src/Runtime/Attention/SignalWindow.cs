using System;

namespace EmilySovereign.Attention;

/// <summary>
/// A read-only view over one window of multichannel samples, channel-major (all of channel 0's samples first), with
/// its sample rate. It never copies the samples; non-finite samples are allowed and treated as missing by the gate.
/// </summary>
/// <remarks>
/// The shape is validated here, once, so that the gate itself never throws: at most <see cref="MaxChannels"/>
/// channels, <see cref="MinSamplesPerChannel"/> to <see cref="MaxSamplesPerChannel"/> samples per channel, at most
/// <see cref="MaxTotalSamples"/> samples in all, a sample rate of at least <see cref="MinSampleRateHz"/> (the 8–12 Hz
/// alpha band lies below Nyquist) and a span of at least <see cref="MinDurationSeconds"/> (the alpha band then holds a
/// DFT bin). These bounds keep the primary path's worst case far inside the 50 ms budget.
/// </remarks>
public readonly struct SignalWindow
{
    /// <summary>The most channels a window may have.</summary>
    public const int MaxChannels = 256;

    /// <summary>The fewest samples per channel.</summary>
    public const int MinSamplesPerChannel = 16;

    /// <summary>The most samples per channel.</summary>
    public const int MaxSamplesPerChannel = 1024;

    /// <summary>The most samples in all channels together.</summary>
    public const int MaxTotalSamples = 65536;

    /// <summary>The lowest sample rate, in hertz.</summary>
    public const double MinSampleRateHz = 32;

    /// <summary>The shortest span of a window, in seconds (a DFT resolution of 4 Hz at most).</summary>
    public const double MinDurationSeconds = 0.25;

    /// <summary>Wraps <paramref name="samples"/> without copying.</summary>
    /// <param name="samples">The samples, channel-major: channel 0's samples first.</param>
    /// <param name="channels">How many channels the samples hold.</param>
    /// <param name="sampleRateHz">Samples per second of each channel.</param>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException">The shape is out of range (see the remarks of the type).</exception>
    public SignalWindow(float[] samples, int channels, double sampleRateHz)
        : this(new ReadOnlyMemory<float>(samples ?? throw new ArgumentNullException(nameof(samples))), channels, sampleRateHz)
    {
    }

    /// <summary>Wraps <paramref name="samples"/> without copying.</summary>
    /// <param name="samples">The samples, channel-major: channel 0's samples first.</param>
    /// <param name="channels">How many channels the samples hold.</param>
    /// <param name="sampleRateHz">Samples per second of each channel.</param>
    /// <exception cref="ArgumentException">The shape is out of range (see the remarks of the type).</exception>
    public SignalWindow(ReadOnlyMemory<float> samples, int channels, double sampleRateHz)
    {
        if (channels < 1 || channels > MaxChannels)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, $"A window has 1 to {MaxChannels} channels.");
        }

        if (samples.Length == 0 || samples.Length > MaxTotalSamples)
        {
            throw new ArgumentException($"A window holds 1 to {MaxTotalSamples} samples, not {samples.Length}.", nameof(samples));
        }

        if (samples.Length % channels != 0)
        {
            throw new ArgumentException(
                $"{samples.Length} samples do not split into {channels} channels of equal length.", nameof(samples));
        }

        var perChannel = samples.Length / channels;
        if (perChannel < MinSamplesPerChannel || perChannel > MaxSamplesPerChannel)
        {
            throw new ArgumentException(
                $"A channel holds {MinSamplesPerChannel} to {MaxSamplesPerChannel} samples, not {perChannel}.", nameof(samples));
        }

        if (!double.IsFinite(sampleRateHz) || sampleRateHz < MinSampleRateHz)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sampleRateHz), sampleRateHz, $"The sample rate is a finite number of at least {MinSampleRateHz} Hz.");
        }

        if (perChannel / sampleRateHz < MinDurationSeconds)
        {
            throw new ArgumentException(
                $"{perChannel} samples at {sampleRateHz} Hz span less than {MinDurationSeconds} s: the alpha band would hold no DFT bin.",
                nameof(sampleRateHz));
        }

        Samples = samples;
        Channels = channels;
        SamplesPerChannel = perChannel;
        SampleRateHz = sampleRateHz;
    }

    /// <summary>All samples, channel-major.</summary>
    public ReadOnlyMemory<float> Samples { get; }

    /// <summary>How many channels the window has.</summary>
    public int Channels { get; }

    /// <summary>How many samples each channel has.</summary>
    public int SamplesPerChannel { get; }

    /// <summary>Samples per second of each channel.</summary>
    public double SampleRateHz { get; }

    /// <summary>True for <c>default(SignalWindow)</c>, which holds no samples.</summary>
    public bool IsEmpty => Channels == 0;

    /// <summary>The samples of channel <paramref name="index"/>.</summary>
    /// <param name="index">The channel, from 0.</param>
    public ReadOnlySpan<float> Channel(int index) =>
        Samples.Span.Slice(index * SamplesPerChannel, SamplesPerChannel);
}
