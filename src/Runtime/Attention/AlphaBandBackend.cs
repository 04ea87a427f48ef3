using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>
/// The default, in-process primary path: the alpha band's (8–12 Hz by default) share of each channel's non-DC power,
/// by fused, vectorized DFT-bin dot products (ADR 10), averaged over the channels that have any power.
/// Thread-safe and allocation-free once it has seen a window shape.
/// </summary>
[Adr(10)]
public sealed class AlphaBandBackend : IAttentionBackend
{
    /// <summary>The default band's lower edge, 8 Hz.</summary>
    public const double DefaultLowHz = 8;

    /// <summary>The default band's upper edge, 12 Hz.</summary>
    public const double DefaultHighHz = 12;

    private BandTables? _tables;

    /// <summary>Creates the backend for the band [<paramref name="lowHz"/>, <paramref name="highHz"/>].</summary>
    /// <param name="lowHz">The band's lower edge in hertz.</param>
    /// <param name="highHz">The band's upper edge in hertz.</param>
    public AlphaBandBackend(double lowHz = DefaultLowHz, double highHz = DefaultHighHz)
    {
        if (!double.IsFinite(lowHz) || !double.IsFinite(highHz) || lowHz <= 0 || highHz < lowHz)
        {
            throw new ArgumentOutOfRangeException(nameof(lowHz), $"The band [{lowHz}, {highHz}] Hz is not a positive interval.");
        }

        LowHz = lowHz;
        HighHz = highHz;
    }

    /// <summary>The band's lower edge in hertz.</summary>
    public double LowHz { get; }

    /// <summary>The band's upper edge in hertz.</summary>
    public double HighHz { get; }

    /// <summary>Whether <see cref="Estimate"/> runs the vector kernel (else the scalar reference).</summary>
    public static bool IsVectorized => Vector.IsHardwareAccelerated;

    /// <inheritdoc />
    public AlphaEstimate Estimate(in SignalWindow window) => Compute(in window, IsVectorized);

    /// <summary>The same estimate by the scalar double-precision Goertzel reference.</summary>
    /// <param name="window">The window.</param>
    public AlphaEstimate EstimateScalar(in SignalWindow window) => Compute(in window, vectorized: false);

    // The gate must be fast from its first call: at tier 0 the first ~150 calls took 13 times as long. The kernel's
    // methods are marked the same way.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AlphaEstimate Compute(in SignalWindow window, bool vectorized)
    {
        var tables = TablesFor(window.SamplesPerChannel, window.SampleRateHz);
        double sum = 0;
        var usable = 0;
        var missing = 0;
        var scratch = vectorized ? stackalloc float[AlphaBandKernel.ScratchLength(tables)] : default;
        var samples = window.Samples.Span; // once, not per channel
        var length = window.SamplesPerChannel;
        for (var c = 0; c < window.Channels; c++)
        {
            var channel = samples.Slice(c * length, length);
            int channelMissing;
            var relative = vectorized
                ? AlphaBandKernel.RelativePower(channel, tables, scratch, out channelMissing)
                : AlphaBandKernel.Reference(channel, tables.FirstBin, tables.BinCount, out channelMissing);
            missing += channelMissing;
            if (!double.IsNaN(relative))
            {
                sum += relative;
                usable++;
            }
        }

        return new AlphaEstimate(usable == 0 ? 0f : (float)(sum / usable), missing, usable);
    }

    /// <summary>The last shape's tables, rebuilt only when the shape changes (racing builders are harmless).</summary>
    private BandTables TablesFor(int length, double sampleRateHz)
    {
        var tables = Volatile.Read(ref _tables);
        if (tables is null || !tables.Fits(length, sampleRateHz))
        {
            tables = BandTables.Build(length, sampleRateHz, LowHz, HighHz);
            Volatile.Write(ref _tables, tables);
        }

        return tables;
    }
}
