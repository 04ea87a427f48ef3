using System;
using EmilySovereign;
using EmilySovereign.Attention;
using Emily.NervousSystem;

namespace Emily.Cognition;

/// <summary>Decides with the attention gate, acts through the policy the gflownet_v2 flag chooses, records metrics.</summary>
[Adr(3)]
public sealed class AttentionDecider : IDisposable
{
    private readonly IPolicy _greedy = new GreedyPolicy();
    private readonly IPolicy _gflownet = new GFlowNetV2Policy();

    public AlphaAttentionGate Gate { get; } = new();

    /// <summary>The seed's "feature latency &lt; 10 ms": reading the flag is a field read.</summary>
    [LatencyBudget(10)]
    public IPolicy Policy => FeatureFlags.GflownetV2 ? _gflownet : _greedy;

    // The gate's 50 ms, the flag read's 10 ms and the policy's 5 ms, one after another (ES2003 adds them up).
    [LatencyBudget(65)]
    public Decision Decide(in SignalWindow window)
    {
        var result = Gate.Gate(window);
        var policy = Policy;
        var action = policy.Act(result.Open);
        DecisionMetrics.RecordDecision(result.Latency.TotalSeconds, result.Path);
        DecisionMetrics.CountChoice(1, policy.Name);
        return new Decision(result, action);
    }

    public void Dispose() => Gate.Dispose();
}

public readonly record struct Decision(GateResult Gate, string Action);
