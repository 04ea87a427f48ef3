using System.Linq;
using EmilySovereign.Generators.Metrics;
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
        MetricsGenerator.CountersStep, MetricsGenerator.HistogramsStep, MetricsGenerator.GaugesStep, MetricsGenerator.TargetStep, MetricsGenerator.ModelStep,
    };

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = MetricsGeneratorHarness.Compilation(Metrics, "class Program { }");
        var driver = MetricsGeneratorHarness.Driver().RunGenerators(compilation);

        var program = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(program, CSharpSyntaxTree.ParseText("class Program { void M() { } }", MetricsGeneratorHarness.ParseOptions, program.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps.Where(s => Steps.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Steps.Length, result.TrackedSteps.Keys.Count(Steps.Contains));
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_metric_re_emits()
    {
        var compilation = MetricsGeneratorHarness.Compilation(Metrics, "class Program { }");
        var driver = MetricsGeneratorHarness.Driver().RunGenerators(compilation);

        var metrics = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(metrics, CSharpSyntaxTree.ParseText(Metrics.Replace("y_total", "w_total", System.StringComparison.Ordinal), MetricsGeneratorHarness.ParseOptions, metrics.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[MetricsGenerator.ModelStep].Single().Outputs.Single().Reason);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("\"w_total\"", System.StringComparison.Ordinal));
    }
}
