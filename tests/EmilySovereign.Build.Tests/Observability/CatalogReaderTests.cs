using System.Linq;
using EmilySovereign.Build.Observability;

namespace EmilySovereign.Build.Tests.Observability;

public sealed class CatalogReaderTests
{
    [Fact]
    public void Entries_are_read_sorted_and_deduplicated()
    {
        var metrics = CatalogReader.Read(ObservabilityCatalog.Sarif(ObservabilityCatalog.Latency, ObservabilityCatalog.Fallbacks, ObservabilityCatalog.Latency));

        Assert.Equal(new[] { "alpha_attention_fallbacks_total", "alpha_attention_latency" }, metrics.Select(m => m.Name));
        var latency = metrics[1];
        Assert.Equal(("Histogram", "s", 50.0, "EmilySovereign.Attention"), (latency.Kind, latency.Unit, latency.BudgetMilliseconds!.Value, latency.Meter));
        Assert.Equal(new[] { "primary", "hdc_fallback" }, Assert.Single(latency.Tags).Values);
        Assert.Null(metrics[0].BudgetMilliseconds);
    }

    [Fact]
    public void Other_rules_and_broken_entries_are_ignored()
    {
        var sarif = ObservabilityCatalog.Sarif("{\"name\":", "{\"kind\":\"Counter\"}", ObservabilityCatalog.Depth).Replace("\"CS0168\"", "\"ES1005\"", System.StringComparison.Ordinal);
        Assert.Equal("queue_depth", Assert.Single(CatalogReader.Read(sarif)).Name);
        Assert.Empty(CatalogReader.Read("not json"));
    }

    [Theory]
    [InlineData("alpha_attention_latency", "Histogram", "s", "alpha_attention_latency_seconds")]
    [InlineData("request_duration_seconds", "Histogram", "s", "request_duration_seconds")]
    [InlineData("alpha_attention_fallbacks_total", "Counter", null, "alpha_attention_fallbacks_total")]
    [InlineData("requests", "Counter", "{request}", "requests_total")]
    [InlineData("io_total", "Counter", "By", "io_bytes_total")]
    [InlineData("heap", "Gauge", "By", "heap_bytes")]
    [InlineData("ratio", "Gauge", "1", "ratio")]
    [InlineData("speed", "Gauge", "m/s", "speed_meters_per_second")]
    [InlineData("bad-name", "Gauge", null, "bad_name")]
    public void Exported_names_follow_the_OpenTelemetry_Prometheus_exporter(string name, string kind, string? unit, string exported) =>
        Assert.Equal(exported, ExportedName.Of(new CatalogMetric(name, kind, unit, null, "m", null, "M", "f", System.Array.Empty<CatalogTag>())));
}
