using System.Linq;
using System.Text.Json;
using EmilySovereign.Build.Observability;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>SARIF logs as the compiler writes them, with ES4004 catalog entries as the metrics generator reports them.</summary>
internal static class ObservabilityCatalog
{
    public const string Latency = """{"name":"alpha_attention_latency","kind":"Histogram","unit":"s","description":"Gate latency.","meter":"EmilySovereign.Attention","budgetMilliseconds":50,"member":"EmilySovereign.Attention.AttentionMetrics.RecordLatency","file":"Attention/AttentionMetrics.cs","tags":[{"name":"path","values":["primary","hdc_fallback"]}]}""";
    public const string Fallbacks = """{"name":"alpha_attention_fallbacks_total","kind":"Counter","unit":null,"description":"Fallbacks.","meter":"EmilySovereign.Attention","budgetMilliseconds":null,"member":"EmilySovereign.Attention.AttentionMetrics.AddFallback","file":"Attention/AttentionMetrics.cs","tags":[{"name":"reason","values":["none","exception","timeout"]}]}""";
    public const string Requests = """{"name":"requests_total","kind":"Counter","unit":"{request}","description":null,"meter":"App","budgetMilliseconds":null,"member":"App.M.Add","file":"M.cs","tags":[]}""";
    public const string Depth = """{"name":"queue_depth","kind":"Gauge","unit":"By","description":"Queue \"depth\"\nin bytes: yes","meter":"App","budgetMilliseconds":null,"member":"App.M.Set","file":"M.cs","tags":[]}""";
    public const string MfaCheck = """{"name":"mfa_check","kind":"Histogram","unit":"us","description":"Second factor check.\nAll paths.","meter":"App","budgetMilliseconds":0.25,"member":"App.Auth.Check","file":"Auth.cs","tags":[{"name":"method","values":["totp","sms"]},{"name":"region","values":[]}]}""";
    public const string PaymentFailures = """{"name":"payment_failures","kind":"Counter","unit":"{retry}","description":"Retries.","meter":"App","budgetMilliseconds":null,"member":"App.M.Retry","file":"M.cs","tags":[{"name":"reason","values":["none","timeout"]},{"name":"target","values":[]}]}""";
    public const string Ms = """{"name":"db_time","kind":"Histogram","unit":"ms","description":null,"meter":"App","budgetMilliseconds":2.5,"member":"App.M.Db","file":"M.cs","tags":[]}""";

    /// <summary>A metric as the catalog reader makes it, for tests of one name, unit or budget.</summary>
    public static CatalogMetric Metric(string name, string kind, string? unit, double? budget = null) =>
        new(name, kind, unit, null, "m", budget, "M", "f", System.Array.Empty<CatalogTag>());

    /// <summary>A SARIF 2.1 log with one ES4004 result per entry, plus an unrelated result.</summary>
    public static string Sarif(params string[] entries) =>
        "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ { \"ruleId\": \"CS0168\", \"message\": { \"text\": \"x\" } }"
        + string.Concat(entries.Select(e => ", { \"ruleId\": \"ES4004\", \"level\": \"note\", \"message\": { \"text\": " + JsonSerializer.Serialize("Metric catalog entry: " + e) + " } }"))
        + " ] } ] }";
}
