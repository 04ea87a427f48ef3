using EmilySovereign;
using EmilySovereign.Attention;
using Emily.NervousSystem.Signals;

namespace Emily.Instinct;

/// <summary>The fast path: is the subject attending? Answers within 50 ms, from the HDC fallback if it must.</summary>
[Adr(3)]
public sealed class AttentionReflex : System.IDisposable
{
    private readonly AlphaAttentionGate _gate = new();

    public AlphaAttentionGate Gate => _gate;

    [LatencyBudget(50)]
    public GateResult React(float[] samples) =>
        _gate.Gate(new SignalWindow(samples, SignalSource.Channels, SignalSource.SampleRateHz));

    public void Dispose() => _gate.Dispose();
}
