using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace EmilySovereign.Attention;

/// <summary>
/// The gate's instruments on the meter <see cref="MeterName"/>. Each method has the shape the attribute-driven metrics
/// generator implements (value first, then one parameter per tag, named as the tag), so it can take them over by
/// becoming <c>static partial</c> with <c>[Histogram]</c>/<c>[Counter]</c> and nothing else changes. Tag values are
/// interned constants: recording allocates nothing.
/// </summary>
internal static class AttentionMetrics
{
    public const string MeterName = "EmilySovereign.Attention";
    public const string LatencyName = "alpha_attention_latency";
    public const string FallbacksName = "alpha_attention_fallbacks_total";

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Histogram<double> s_latency =
        s_meter.CreateHistogram<double>(LatencyName, unit: "s", description: "Time from entering the attention gate to its answer.");
    private static readonly Counter<long> s_fallbacks =
        s_meter.CreateCounter<long>(FallbacksName, unit: null, description: "Answers the attention gate took from the HDC fallback.");

    public static void RecordLatency(double value, string path) =>
        s_latency.Record(value, new KeyValuePair<string, object?>("path", path));

    public static void AddFallback(long value, string reason) =>
        s_fallbacks.Add(value, new KeyValuePair<string, object?>("reason", reason));

    public static string PathTag(GatePath path) => path == GatePath.Primary ? "primary" : "hdc_fallback";

    public static string ReasonTag(FallbackReason reason) => reason switch
    {
        FallbackReason.Exception => "exception",
        FallbackReason.Timeout => "timeout",
        FallbackReason.CircuitOpen => "circuit_open",
        _ => "invalid_input",
    };
}
