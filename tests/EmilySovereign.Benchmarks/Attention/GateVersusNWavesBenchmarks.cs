using System;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The figures the gate's goals are stated in, in one table so that their ratios come from one run on one (possibly
/// loaded) machine: NWaves <c>RealFft</c> band power (the baseline), the default gate (the built-in primary on the
/// caller's thread), the same gate with <c>RunPrimaryInline = true</c>, a custom primary (the same kernel behind an
/// interface of ours, so on a worker: what the hand-off costs), and the fallback path. Goals: default within 1.5x of
/// inline, at least 25x faster than NWaves, 0 B per call. The primary gates keep their circuit closed: on a machine
/// loaded enough to starve the worker past the primary's timeout, an open circuit would have them measure the fallback
/// instead of the hand-off.
/// </summary>
[MemoryDiagnoser]
public class GateVersusNWavesBenchmarks
{
    private readonly NWavesAlphaBand _nwaves = new();
    private float[] _data = Array.Empty<float>();
    private SignalWindow _window;
    private AlphaAttentionGate _defaultGate = null!;
    private AlphaAttentionGate _inlineGate = null!;
    private AlphaAttentionGate _customGate = null!;
    private AlphaAttentionGate _fallbackGate = null!;
    private IDisposable _crash = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = AttentionWindow.Data();
        _window = new SignalWindow(_data, AttentionWindow.Channels, AttentionWindow.RateHz);
        _defaultGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { FailuresToOpenCircuit = int.MaxValue });
        _inlineGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true, FailuresToOpenCircuit = int.MaxValue });
        _customGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = new CustomPrimary(), FailuresToOpenCircuit = int.MaxValue });
        _fallbackGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { CircuitBreakDuration = TimeSpan.FromHours(1) });
        _crash = AttentionChaos.Crash(_fallbackGate);
        while (_fallbackGate.CircuitState != CircuitState.Open)
        {
            _fallbackGate.Gate(_window);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _crash.Dispose();
        _defaultGate.Dispose();
        _inlineGate.Dispose();
        _customGate.Dispose();
        _fallbackGate.Dispose();
    }

    [Benchmark(Baseline = true, Description = "NWaves RealFft band sum")]
    public float NWavesRealFft() => _nwaves.Share(_data);

    [Benchmark(Description = "Gate, default (built-in primary)")]
    public bool GateDefault() => _defaultGate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, RunPrimaryInline = true")]
    public bool GateInline() => _inlineGate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, custom primary (on a worker)")]
    public bool GateCustomPrimary() => _customGate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, HDC fallback")]
    public bool GateFallback() => _fallbackGate.Gate(in _window).Open;

    /// <summary>The built-in kernel as a custom primary: the gate cannot know it is bounded, so it runs on a worker.</summary>
    private sealed class CustomPrimary : IAttentionBackend
    {
        private readonly AlphaBandBackend _kernel = new();

        public AlphaEstimate Estimate(in SignalWindow window) => _kernel.Estimate(in window);
    }
}
