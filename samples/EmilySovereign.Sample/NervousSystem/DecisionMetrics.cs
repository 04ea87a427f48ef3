using EmilySovereign;
using EmilySovereign.Attention;
using EmilySovereign.Metrics;

namespace Emily.NervousSystem;

/// <summary>What the system exports: the generator implements these methods on System.Diagnostics.Metrics.</summary>
[Adr(1)]
public static partial class DecisionMetrics
{
    [Histogram("emily_decision_latency", Unit = "s", Description = "Time from a window's arrival to the decision on it.")]
    public static partial void RecordDecision(double seconds, GatePath path);

    [Counter("emily_policy_choices_total", Description = "Decisions taken, by the policy that took them.")]
    public static partial void CountChoice(long count, string policy);
}
