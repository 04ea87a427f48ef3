using System;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// Alpha-band (8–12 Hz) relative power of one 64 × 256 window at 256 Hz: our vector kernel, our scalar Goertzel
/// reference, and NWaves <c>RealFft</c> (the baseline, so Ratio is ours / NWaves). All compute the same number.
/// </summary>
[MemoryDiagnoser]
public class AlphaBandBenchmarks
{
    private readonly AlphaBandBackend _backend = new();
    private readonly NWavesAlphaBand _nwaves = new();
    private float[] _data = Array.Empty<float>();
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _data = AttentionWindow.Data();
        _window = new SignalWindow(_data, AttentionWindow.Channels, AttentionWindow.RateHz);
    }

    [Benchmark(Baseline = true, Description = "NWaves RealFft band sum")]
    public float NWavesRealFft() => _nwaves.Share(_data);

    [Benchmark(Description = "Primary: vector DFT bins")]
    public float Primary() => _backend.Estimate(in _window).AlphaPower;

    [Benchmark(Description = "Scalar Goertzel (reference)")]
    public float ScalarGoertzel() => _backend.EstimateScalar(in _window).AlphaPower;
}
