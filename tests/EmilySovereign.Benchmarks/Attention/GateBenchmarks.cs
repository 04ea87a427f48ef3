using System;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The whole <see cref="AlphaAttentionGate.Gate(in SignalWindow)"/> on the same window: the primary on a worker (which
/// includes the hand-off to the worker thread and back), the same primary run inline (the default), and the fallback path (circuit held open by
/// an injected crash).
/// </summary>
[MemoryDiagnoser]
public class GateBenchmarks
{
    private AlphaAttentionGate _primaryGate = null!;
    private AlphaAttentionGate _inlineGate = null!;
    private AlphaAttentionGate _fallbackGate = null!;
    private IDisposable _crash = null!;
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _window = AttentionWindow.Create();
        _primaryGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = false });
        _inlineGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true });
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
        _primaryGate.Dispose();
        _inlineGate.Dispose();
        _fallbackGate.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Gate, primary on a worker")]
    public bool GatePrimary() => _primaryGate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, primary inline (no hand-off)")]
    public bool GateInline() => _inlineGate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, HDC fallback path")]
    public bool GateFallback() => _fallbackGate.Gate(in _window).Open;
}
