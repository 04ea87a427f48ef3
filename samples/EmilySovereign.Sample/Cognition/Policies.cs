using EmilySovereign;

namespace Emily.Cognition;

/// <summary>What the system does with an attention decision.</summary>
public interface IPolicy
{
    string Name { get; }

    [LatencyBudget(5)]
    string Act(bool attending);
}

/// <summary>Today's policy: act on attention at once.</summary>
[Adr(1)]
public sealed class GreedyPolicy : IPolicy
{
    public string Name => "greedy";

    public string Act(bool attending) => attending ? "engage" : "wait";
}

/// <summary>The candidate behind the gflownet_v2 flag: samples among actions in proportion to their reward.</summary>
[Adr(1)]
public sealed class GFlowNetV2Policy : IPolicy
{
    private int _step;

    public string Name => "gflownet_v2";

    public string Act(bool attending) => (attending, _step++ % 3) switch
    {
        (true, 0) => "explore",
        (true, _) => "engage",
        _ => "wait",
    };
}
