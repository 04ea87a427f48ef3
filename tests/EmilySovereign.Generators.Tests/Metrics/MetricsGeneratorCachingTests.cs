using System.Linq;
using EmilySovereign.Generators.Metrics;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>An edit outside the metric methods re-parses nothing and re-emits nothing.</summary>
public sealed class MetricsGeneratorCachingTests
{
    private const string Metrics = """
        using EmilySovereign.Metrics;
        public enum Path { A, B }
        public static partial class M
        {
            [Histogram("x_latency", Unit = "s")] public static partial void X(double v, Path path);
            [Counter("y_total")] public static partial void Y(long v);
            [Gauge("z")] public static partial void Z(int v);
        }
        """;

    private static readonly string[] Steps =
    {
        MetricsGenerator.MethodsStep, MetricsGenerator.TargetStep, MetricsGenerator.ModelStep,
    };

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratedMetrics.Compilation(Metrics, "class Program { }");

        GeneratedMetrics.Harness.AssertCachedAfterEdit(compilation, GeneratorHarness<MetricsGenerator>.Edit(compilation, 1, "class Program { void M() { } }"), Steps);
    }

    [Fact]
    public void Editing_a_metric_re_emits()
    {
        var compilation = GeneratedMetrics.Compilation(Metrics, "class Program { }");
        var driver = GeneratedMetrics.Driver().RunGenerators(compilation);

        var edited = GeneratorHarness<MetricsGenerator>.Edit(compilation, 0, Metrics.Replace("y_total", "w_total", System.StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[MetricsGenerator.ModelStep].Single().Outputs.Single().Reason);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("\"w_total\"", System.StringComparison.Ordinal));
    }
}
