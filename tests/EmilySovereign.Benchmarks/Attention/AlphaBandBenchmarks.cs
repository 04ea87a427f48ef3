using System;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;
using NWaves.Transforms;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// Alpha-band (8–12 Hz) relative power of one 64 × 256 window at 256 Hz: our vector kernel, our scalar Goertzel
/// reference, and NWaves <c>RealFft</c> (the baseline, so Ratio is ours / NWaves). All compute the same number.
/// </summary>
[MemoryDiagnoser]
public class AlphaBandBenchmarks
{
    private readonly AlphaBandBackend _backend = new();
    private readonly RealFft _fft = new(AttentionWindow.Samples);
    private readonly float[] _re = new float[AttentionWindow.Samples];
    private readonly float[] _im = new float[AttentionWindow.Samples];
    private float[] _data = Array.Empty<float>();
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _data = AttentionWindow.Data();
        _window = new SignalWindow(_data, AttentionWindow.Channels, AttentionWindow.RateHz);
    }

    [Benchmark(Baseline = true, Description = "NWaves RealFft band sum")]
    public float NWavesRealFft()
    {
        const int n = AttentionWindow.Samples;
        double sum = 0;
        for (int c = 0; c < AttentionWindow.Channels; c++)
        {
            _fft.Direct(_data.AsSpan(c * n, n), _re, _im);
            double band = 0, total = 0;
            for (int k = 1; k < n / 2; k++)
            {
                double power = (_re[k] * _re[k]) + (_im[k] * _im[k]);
                total += power;
                if (k >= 8 && k <= 12)
                {
                    band += power;
                }
            }

            sum += band / total;
        }

        return (float)(sum / AttentionWindow.Channels);
    }

    [Benchmark(Description = "Primary: vector DFT bins")]
    public float Primary() => _backend.Estimate(in _window).AlphaPower;

    [Benchmark(Description = "Scalar Goertzel (reference)")]
    public float ScalarGoertzel() => _backend.EstimateScalar(in _window).AlphaPower;
}
