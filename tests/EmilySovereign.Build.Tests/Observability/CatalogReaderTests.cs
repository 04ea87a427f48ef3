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
}
