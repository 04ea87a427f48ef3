using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EmilySovereign.Build.Observability;
using EmilySovereign.Testing;
using YamlDotNet.RepresentationModel;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>The rules, dashboard and runbooks, parsed back with maintained parsers (YamlDotNet, System.Text.Json).</summary>
public sealed class ObservabilityWritersTests
{
    private static readonly IReadOnlyList<CatalogMetric> Metrics = CatalogReader.Read(ObservabilityCatalog.Sarif(
        ObservabilityCatalog.Latency, ObservabilityCatalog.Fallbacks, ObservabilityCatalog.Requests, ObservabilityCatalog.Depth, ObservabilityCatalog.Ms));

    [Fact]
    public void Rules_hold_a_budget_alert_per_budgeted_histogram_and_a_rate_alert_per_fallback_counter()
    {
        var rules = Rules(AlertRulesWriter.Write("app \"quoted\"\nname", Metrics, "https://example.org/runbooks/"));

        Assert.Equal(
            new[]
            {
                ("AlphaAttentionFallbacksRising", "sum(rate(alpha_attention_fallbacks_total[5m])) > 0"),
                ("AlphaAttentionLatencyOverBudget", "histogram_quantile(0.99, sum by (le) (rate(alpha_attention_latency_seconds_bucket[5m]))) > 0.05"),
                ("DbTimeOverBudget", "histogram_quantile(0.99, sum by (le) (rate(db_time_milliseconds_bucket[5m]))) > 2.5"),
            },
            rules.Select(r => (Scalar(r, "alert"), Scalar(r, "expr"))));
        Assert.All(rules, r => Assert.Equal(
            "https://example.org/runbooks/" + Scalar(r, "alert") + ".md",
            ((YamlScalarNode)((YamlMappingNode)r["annotations"])["runbook_url"]).Value));
    }

    [Fact]
    public void Group_name_with_quotes_and_line_breaks_stays_one_scalar()
    {
        var root = Yaml(AlertRulesWriter.Write("app \"quoted\"\nname\u2028x", Metrics, ""));
        var group = (YamlMappingNode)((YamlSequenceNode)root["groups"]).Children[0];
        Assert.Equal("app \"quoted\"\nname\u2028x", ((YamlScalarNode)group["name"]).Value);
    }

    [Fact]
    public void No_alerts_is_an_empty_rule_list()
    {
        var root = Yaml(AlertRulesWriter.Write("app", Metrics.Where(m => m.Kind == "Gauge").ToList(), ""));
        Assert.Empty((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)root["groups"]).Children[0])["rules"]);
    }

    [Fact]
    public void Dashboard_has_a_panel_per_metric_with_the_budget_as_a_threshold_line()
    {
        using var dashboard = JsonDocument.Parse(DashboardWriter.Write("App metrics", Metrics));
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();

        Assert.Equal(Metrics.Count, panels.Count);
        Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        var latency = panels.Single(p => p.GetProperty("title").GetString() == "alpha_attention_latency (p50, p99)");
        Assert.Equal(
            new[] { "histogram_quantile(0.5, sum by (le) (rate(alpha_attention_latency_seconds_bucket[5m])))", "histogram_quantile(0.99, sum by (le) (rate(alpha_attention_latency_seconds_bucket[5m])))" },
            latency.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()));
        var defaults = latency.GetProperty("fieldConfig").GetProperty("defaults");
        Assert.Equal("line", defaults.GetProperty("custom").GetProperty("thresholdsStyle").GetProperty("mode").GetString());
        Assert.Equal(0.05, defaults.GetProperty("thresholds").GetProperty("steps")[1].GetProperty("value").GetDouble());
        var fallbacks = panels.Single(p => p.GetProperty("title").GetString() == "alpha_attention_fallbacks_total (rate)");
        Assert.Equal("sum by (reason) (rate(alpha_attention_fallbacks_total[5m]))", fallbacks.GetProperty("targets")[0].GetProperty("expr").GetString());
        var depth = panels.Single(p => p.GetProperty("title").GetString() == "queue_depth");
        Assert.Equal("Queue \"depth\"\nin bytes: yes", depth.GetProperty("description").GetString());
        Assert.Equal("queue_depth_bytes", depth.GetProperty("targets")[0].GetProperty("expr").GetString());
    }

    [Fact]
    public void Runbooks_name_the_query_budget_code_and_fallback_path()
    {
        var pages = RunbookWriter.Write(Metrics).ToDictionary(p => p.FileName, p => p.Text);

        Assert.Equal(new[] { "AlphaAttentionFallbacksRising.md", "AlphaAttentionLatencyOverBudget.md", "DbTimeOverBudget.md" }, pages.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var latency = pages["AlphaAttentionLatencyOverBudget.md"];
        Assert.StartsWith("# AlphaAttentionLatencyOverBudget\n", latency, StringComparison.Ordinal);
        Assert.Contains("```promql\nhistogram_quantile(0.99, sum by (le) (rate(alpha_attention_latency_seconds_bucket[5m]))) > 0.05\n```", latency, StringComparison.Ordinal);
        Assert.Contains("`[LatencyBudget(50)]`", latency, StringComparison.Ordinal);
        Assert.Contains("`EmilySovereign.Attention.AttentionMetrics.RecordLatency` in `Attention/AttentionMetrics.cs`", latency, StringComparison.Ordinal);
        Assert.Contains("## The fallback path", latency, StringComparison.Ordinal);
        Assert.Contains("the fallback `hdc_fallback`", latency, StringComparison.Ordinal);
        Assert.DoesNotContain("## The fallback path", pages["DbTimeOverBudget.md"], StringComparison.Ordinal);
        Assert.Contains("(values: `none`, `exception`, `timeout`)", pages["AlphaAttentionFallbacksRising.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_written_only_when_their_bytes_change()
    {
        using var folder = new TempDirectory("observability");
        var path = Path.Combine(folder.Path, "a", "rules.yml");

        Assert.True(ObservabilityFiles.WriteIfChanged(path, "x\n"));
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.False(ObservabilityFiles.WriteIfChanged(path, "x\n"));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.True(ObservabilityFiles.WriteIfChanged(path, "y\n"));
        Assert.Equal("y\n", File.ReadAllText(path));
    }

    [Fact]
    public void Writers_are_deterministic() =>
        Assert.Equal(
            AlertRulesWriter.Write("app", Metrics, "u/") + DashboardWriter.Write("t", Metrics),
            AlertRulesWriter.Write("app", CatalogReader.Read(ObservabilityCatalog.Sarif(ObservabilityCatalog.Ms, ObservabilityCatalog.Depth, ObservabilityCatalog.Requests, ObservabilityCatalog.Fallbacks, ObservabilityCatalog.Latency)), "u/")
                + DashboardWriter.Write("t", Metrics));

    private static List<YamlMappingNode> Rules(string yaml) =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)Yaml(yaml)["groups"]).Children[0])["rules"]).Children.Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
