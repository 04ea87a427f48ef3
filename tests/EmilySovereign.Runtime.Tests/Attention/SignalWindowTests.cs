using System;
using System.Runtime.InteropServices;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class SignalWindowTests
{
    [Fact]
    public void Wraps_the_array_without_copying()
    {
        var samples = new float[64 * 256];
        var window = new SignalWindow(samples, 64, 256);

        Assert.True(MemoryMarshal.TryGetArray(window.Samples, out ArraySegment<float> segment));
        Assert.Same(samples, segment.Array);
        Assert.Equal(64, window.Channels);
        Assert.Equal(256, window.SamplesPerChannel);
        Assert.Equal(256, window.SampleRateHz);
        Assert.False(window.IsEmpty);
    }

    [Fact]
    public void Channels_are_channel_major()
    {
        var samples = new float[2 * 64];
        samples[64] = 7f;
        var window = new SignalWindow(new ReadOnlyMemory<float>(samples), 2, 128);

        Assert.Equal(7f, window.Channel(1)[0]);
        Assert.Equal(0f, window.Channel(0)[0]);
    }

    [Fact]
    public void Default_is_empty() => Assert.True(default(SignalWindow).IsEmpty);

    [Fact]
    public void Null_samples_throw_argument_null() =>
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => new SignalWindow((float[])null!, 1, 256)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SignalWindow.MaxChannels + 1)]
    public void Channels_out_of_range_throw(int channels) =>
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new SignalWindow(new float[1024], channels, 256)).ParamName);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(257, 2)]
    [InlineData(2 * 8, 2)]
    [InlineData(2 * 1025, 2)]
    [InlineData(SignalWindow.MaxTotalSamples + 256, 256)]
    public void Bad_lengths_throw_with_samples_named(int length, int channels)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new SignalWindow(new float[length], channels, 1000));
        Assert.Equal("samples", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0)]
    [InlineData(31.9)]
    public void Bad_rates_throw(double rate) =>
        Assert.Equal("sampleRateHz", Assert.Throws<ArgumentOutOfRangeException>(() => new SignalWindow(new float[256], 1, rate)).ParamName);

    [Fact]
    public void Too_short_a_span_for_the_alpha_band_throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new SignalWindow(new float[100], 1, 401));
        Assert.Equal("sampleRateHz", e.ParamName);
        Assert.Contains("alpha band", e.Message);
    }

    [Fact]
    public void Non_finite_samples_are_allowed()
    {
        var samples = new float[256];
        samples[0] = float.NaN;
        samples[1] = float.PositiveInfinity;
        Assert.Equal(256, new SignalWindow(samples, 1, 256).SamplesPerChannel);
    }
}
