using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using EmilySovereign.Generators.Metrics;
using EmilySovereign.Metrics;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using static EmilySovereign.Generators.Tests.Metrics.GeneratedMetrics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>
/// ES4004: with <c>EmilySovereignObservability</c> on, each metric of the catalog is reported as one JSON object, which
/// the Observability target reads back. Read here with System.Text.Json, each entry must say what the generated
/// <c>MetricsCatalog.All</c> says, whatever the names and descriptions hold.
/// </summary>
public sealed class ES4004CatalogEntryTests
{
    private const string Source = """
        using EmilySovereign.Metrics;
        namespace Sample.Gate
        {
            public enum GatePath { Primary, HdcFallback }

            public static partial class GateMetrics
            {
                public const string MeterName = "gate \"meter\" \\ one";

                [Histogram("gate_latency", Unit = "s", Description = "quote \" back \\ line\nbreak\ttab \0 nul \u2028 sep \u2029 para 😀 end")]
                [EmilySovereign.LatencyBudget(2.5)]
                public static partial void RecordLatency(double seconds, GatePath path, string host);

                [Counter("gate_fallbacks_total")]
                public static partial void AddFallback(long count, int shard);

                [Counter("gate_resets_total")]
                public static partial void AddReset(long count);
            }
        }

        namespace Other
        {
            static partial class M
            {
                [Gauge("depth", Unit = "{windows}")]
                static partial void Set(int depth, bool warm);
            }
        }
        """;

    private static readonly IReadOnlyDictionary<string, string> Observability = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Sample.App",
        ["build_property.ProjectDir"] = GeneratorHarness<MetricsGenerator>.SourceDirectory,
        ["build_property.EmilySovereignObservability"] = "True",
    };

    [Fact]
    public void Each_entry_says_what_the_generated_catalog_says()
    {
        var (entries, catalog) = EntriesAndCatalog(Source);

        Assert.Equal(catalog.Select(m => m.Name), entries.Select(e => e.GetProperty("name").GetString()));
        foreach (var (entry, metric) in entries.Zip(catalog))
        {
            Assert.Equal(metric.Kind.ToString(), entry.GetProperty("kind").GetString());
            Assert.Equal(metric.Unit, entry.GetProperty("unit").GetString());
            Assert.Equal(metric.Description, entry.GetProperty("description").GetString());
            Assert.Equal(metric.Meter, entry.GetProperty("meter").GetString());
            Assert.Equal(metric.LatencyBudgetMilliseconds, Budget(entry));
            Assert.Equal(metric.Member, entry.GetProperty("member").GetString());
            Assert.Equal(metric.SourceFile, entry.GetProperty("file").GetString());
            Assert.Equal(metric.TagNames, entry.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        }
    }

    [Fact]
    public void Entries_hold_the_declared_texts_exactly()
    {
        var (entries, _) = EntriesAndCatalog(Source);
        var latency = entries.Single(e => e.GetProperty("name").GetString() == "gate_latency");
        var depth = entries.Single(e => e.GetProperty("name").GetString() == "depth");

        Assert.Equal("quote \" back \\ line\nbreak\ttab \0 nul \u2028 sep \u2029 para 😀 end", latency.GetProperty("description").GetString());
        Assert.Equal("gate \"meter\" \\ one", latency.GetProperty("meter").GetString());
        Assert.Equal(2.5, Budget(latency));
        Assert.Equal("Sample.Gate.GateMetrics.RecordLatency", latency.GetProperty("member").GetString());
        Assert.Equal("File0.cs", latency.GetProperty("file").GetString());
        Assert.Equal("Histogram", latency.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, depth.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, depth.GetProperty("budgetMilliseconds").ValueKind);
        Assert.Equal("Sample.App", depth.GetProperty("meter").GetString());
        Assert.Equal("Gauge", depth.GetProperty("kind").GetString());
    }

    [Fact]
    public void Enum_tags_carry_the_texts_they_can_take_and_other_tags_none()
    {
        var (entries, _) = EntriesAndCatalog(Source);
        var tags = entries.Single(e => e.GetProperty("name").GetString() == "gate_latency").GetProperty("tags").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString()!, string.Join(",", t.GetProperty("values").EnumerateArray().Select(v => v.GetString()))));
        var numberTag = Assert.Single(entries.Single(e => e.GetProperty("name").GetString() == "gate_fallbacks_total").GetProperty("tags").EnumerateArray());
        var noTags = entries.Single(e => e.GetProperty("name").GetString() == "gate_resets_total").GetProperty("tags");

        Assert.Equal(new[] { ("path", "primary,hdc_fallback"), ("host", string.Empty) }, tags);
        Assert.Equal(("shard", 0), (numberTag.GetProperty("name").GetString(), numberTag.GetProperty("values").GetArrayLength()));
        Assert.Equal(0, noTags.GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("yes")]
    public void Without_the_property_set_to_true_nothing_is_reported(string? value)
    {
        var options = Observability.Where(o => o.Key != "build_property.EmilySovereignObservability").ToDictionary(o => o.Key, o => o.Value);
        if (value is not null)
            options["build_property.EmilySovereignObservability"] = value;

        Harness.Driver(globalOptions: options).RunGeneratorsAndUpdateCompilation(Compilation(Source), out _, out var diagnostics);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("/src/Sample/Metrics/Gate.cs", "/src/Sample/", "Metrics/Gate.cs")]
    [InlineData("/src/Sample/Metrics/Gate.cs", "/src/Sample", "Metrics/Gate.cs")]
    [InlineData(@"C:\repo\app\Metrics\Gate.cs", @"C:\repo\app\", "Metrics/Gate.cs")]
    [InlineData("/elsewhere/Metrics/Gate.cs", "/src/Sample/", "Gate.cs")]
    [InlineData("/src/SampleOther/Gate.cs", "/src/Sample", "Gate.cs")]
    [InlineData("/src/Sample/Gate.cs", "", "Gate.cs")]
    [InlineData("/src/Sample/Gate.cs", "/", "Gate.cs")]
    [InlineData("Gate.cs", "/src/Sample/", "Gate.cs")]
    [InlineData("/Gate.cs", "/src/Sample/", "Gate.cs")]
    public void Source_paths_are_relative_to_the_project_and_never_absolute(string file, string project, string expected) =>
        Assert.Equal(expected, MetricsGenerator.CatalogEmitter.SourcePath(file, project));

    [Fact]
    public void Any_text_is_quoted_as_a_JSON_string_that_reads_back_the_same()
    {
        // Lone surrogates are escaped too, but no JSON reader turns them back into a string; whole pairs must survive.
        Gen.String[Gen.Char, 0, 40].Where(s => !HasLoneSurrogate(s))
            .Sample(text => Assert.Equal(text, JsonDocument.Parse(CatalogJson.Quote(text)).RootElement.GetString()));
    }

    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("\n\u001f ~", "\"\\u000a\\u001f ~\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("😀", "\"\\ud83d\\ude00\"")]
    [InlineData("é", "\"é\"")]
    public void Quoting_escapes_only_what_JSON_or_a_JavaScript_reader_needs(string text, string expected) =>
        Assert.Equal(expected, CatalogJson.Quote(text));

    private static (IReadOnlyList<JsonElement> Entries, IReadOnlyList<MetricInfo> Catalog) EntriesAndCatalog(string source)
    {
        Harness.Driver(globalOptions: Observability).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out var diagnostics);

        const string Prefix = "Metric catalog entry: ";
        Assert.All(diagnostics, d => Assert.Equal(("ES4004", DiagnosticSeverity.Info, Location.None), (d.Id, d.Severity, d.Location)));
        Assert.All(diagnostics, d => Assert.StartsWith(Prefix, d.GetMessage(), StringComparison.Ordinal));
        var entries = diagnostics.Select(d => JsonDocument.Parse(d.GetMessage().Substring(Prefix.Length)).RootElement).ToList();
        return (entries, All(Load(output)));
    }

    private static double? Budget(JsonElement entry) =>
        entry.GetProperty("budgetMilliseconds") is { ValueKind: JsonValueKind.Number } budget ? budget.GetDouble() : null;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return true;
        }

        return false;
    }
}
