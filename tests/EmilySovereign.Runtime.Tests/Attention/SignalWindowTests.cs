using System;
using System.Runtime.InteropServices;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public class SignalWindowTests
{
    [Fact]
    public void WrapsTheArrayWithoutCopying()
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
    public void ChannelsAreChannelMajor()
    {
        var samples = new float[2 * 64];
        samples[64] = 7f;
        var window = new SignalWindow(new ReadOnlyMemory<float>(samples), 2, 128);

        Assert.Equal(7f, window.Channel(1)[0]);
        Assert.Equal(0f, window.Channel(0)[0]);
    }

    [Fact]
    public void DefaultIsEmpty() => Assert.True(default(SignalWindow).IsEmpty);

    [Fact]
    public void NullSamplesThrowArgumentNull() =>
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => new SignalWindow((float[])null!, 1, 256)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SignalWindow.MaxChannels + 1)]
    public void ChannelsOutOfRangeThrow(int channels) =>
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new SignalWindow(new float[1024], channels, 256)).ParamName);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(257, 2)]
    [InlineData(2 * 8, 2)]
    [InlineData(2 * 1025, 2)]
    [InlineData(SignalWindow.MaxTotalSamples + 256, 256)]
    public void BadLengthsThrowWithSamplesNamed(int length, int channels)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new SignalWindow(new float[length], channels, 1000));
        Assert.Equal("samples", e.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0)]
    [InlineData(31.9)]
    public void BadRatesThrow(double rate) =>
        Assert.Equal("sampleRateHz", Assert.Throws<ArgumentOutOfRangeException>(() => new SignalWindow(new float[256], 1, rate)).ParamName);

    [Fact]
    public void TooShortASpanForTheAlphaBandThrows()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new SignalWindow(new float[100], 1, 401));
        Assert.Equal("sampleRateHz", e.ParamName);
        Assert.Contains("alpha band", e.Message);
    }

    [Fact]
    public void NonFiniteSamplesAreAllowed()
    {
        var samples = new float[256];
        samples[0] = float.NaN;
        samples[1] = float.PositiveInfinity;
        Assert.Equal(256, new SignalWindow(samples, 1, 256).SamplesPerChannel);
    }
}
