using EmilySovereign.Metrics;

namespace EmilySovereign.Attention;

/// <summary>
/// The gate's instruments on the meter <see cref="MeterName"/>, implemented by the metrics generator: the value
/// first, then one parameter per tag, named as the tag. Enum tags become their snake_case member names
/// (<c>hdc_fallback</c>, <c>circuit_open</c>) without allocating.
/// </summary>
internal static partial class AttentionMetrics
{
    /// <summary>The meter of the gate; the generator puts this class's metrics on it.</summary>
    public const string MeterName = "EmilySovereign.Attention";

    /// <summary>Time from entering the gate to its answer, by the path that answered; held to the gate's budget.</summary>
    [Histogram("alpha_attention_latency", Unit = "s", Description = "Time from entering the attention gate to its answer.")]
    [LatencyBudget(50)]
    public static partial void RecordLatency(double seconds, GatePath path);

    /// <summary>Answers the gate took from the HDC fallback, by the reason the primary did not answer.</summary>
    [Counter("alpha_attention_fallbacks_total", Description = "Answers the attention gate took from the HDC fallback.")]
    public static partial void AddFallback(long count, FallbackReason reason);
}
