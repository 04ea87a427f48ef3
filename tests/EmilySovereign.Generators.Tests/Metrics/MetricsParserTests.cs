using System.Linq;
using EmilySovereign.Generators.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static EmilySovereign.Generators.Tests.Metrics.GeneratedMetrics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>What the parser reads from the build and the declarations: namespace, meter, source path, budget; what it skips.</summary>
public sealed class MetricsParserTests
{
    private const string Counter = "static partial class M { [EmilySovereign.Metrics.Counter(\"a_total\")] static partial void A(long v); }";

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Without_a_root_namespace_the_catalog_takes_the_assembly_name(string? rootNamespace)
    {
        var (_, output) = Run(Compilation(Counter), rootNamespace);

        var metric = Assert.Single(All(Load(output), "Sample.MetricsCatalog"));
        Assert.Equal("Sample", metric.Meter);
    }

    [Fact]
    public void A_source_path_is_relative_to_the_project_folder()
    {
        var (_, output) = Run(InFolder(Compilation(Counter), "Metrics/Gate.cs"));

        Assert.Equal("Metrics/Gate.cs", Assert.Single(All(Load(output))).SourceFile);
    }

    [Fact]
    public void Without_a_project_folder_a_source_path_is_the_file_name()
    {
        var (_, output) = Run(InFolder(Compilation(Counter), "Metrics/Gate.cs"), rootNamespace: null);

        Assert.Equal("Gate.cs", Assert.Single(All(Load(output), "Sample.MetricsCatalog")).SourceFile);
    }

    [Fact]
    public void Only_a_positive_finite_LatencyBudget_is_a_budget()
    {
        var (_, output) = Run(Compilation("""
            using EmilySovereign.Metrics;
            [System.AttributeUsage(System.AttributeTargets.Method)] sealed class ScaleAttribute : System.Attribute { public ScaleAttribute(double factor) { } }
            static partial class M
            {
                [Histogram("zero_budget_seconds", Unit = "s"), EmilySovereign.LatencyBudget(0)] static partial void Zero(double v);
                [Histogram("other_attribute_seconds", Unit = "s"), Scale(7.5)] static partial void Other(double v);
                [Histogram("budget_seconds", Unit = "s"), Scale(7.5), EmilySovereign.LatencyBudget(0.25)] static partial void Budgeted(double v);
            }
            """));

        Assert.Equal(
            new[] { ("budget_seconds", (double?)0.25), ("other_attribute_seconds", null), ("zero_budget_seconds", null) },
            All(Load(output)).Select(m => (m.Name, m.LatencyBudgetMilliseconds)));
    }

    [Fact]
    public void Only_wrong_shapes_generate_nothing()
    {
        var (generated, _) = Harness.Run(Compilation("partial class M { [EmilySovereign.Metrics.Counter(\"a_total\")] public static partial void A(object v); }"));

        Assert.Empty(generated);
    }

    [Fact]
    public void Attributes_of_the_same_names_without_the_runtime_generate_nothing()
    {
        // A project may declare look-alike attributes; without the runtime there is no MetricInfo or BoxedTagValues to use.
        var compilation = Harness.Compilation(
            new[]
            {
                "namespace EmilySovereign.Metrics { sealed class CounterAttribute : System.Attribute { public CounterAttribute(string name) { } } }",
                Counter,
            },
            "Sample",
            withRuntime: false);

        var (generated, _) = Harness.Run(compilation);

        Assert.Empty(generated);
    }

    [Fact]
    public void Without_metrics_the_compilation_is_not_looked_at()
    {
        var result = Driver().RunGenerators(Compilation("class Program { }")).GetRunResult().Results.Single();

        Assert.Null(Assert.Single(Assert.Single(result.TrackedSteps[MetricsGenerator.TargetStep]).Outputs).Value);
    }

    [Fact]
    public void A_value_parameter_named_like_a_generated_local_still_compiles()
    {
        var (generated, _) = Run(Compilation(
            "static partial class M { [EmilySovereign.Metrics.Counter(\"a_total\")] static partial void A(long __es_instrument, int shard); }"));

        Assert.Contains("var __es_instrument_ = ", generated[1], System.StringComparison.Ordinal);
    }

    private static CSharpCompilation InFolder(CSharpCompilation compilation, string relativePath)
    {
        var tree = compilation.SyntaxTrees.Single();
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, SourceDirectory + relativePath));
    }

    private const string SourceDirectory = EmilySovereign.Testing.Roslyn.GeneratorHarness<MetricsGenerator>.SourceDirectory;

    /// <summary>
    /// The scan keeps the partial methods without a body that have an attribute, among the members of partial types at any
    /// depth; it reads no other type's members and no body.
    /// </summary>
    [Fact]
    public void Candidates_are_the_attributed_partial_methods_without_a_body_of_partial_types()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            namespace N
            {
                partial class Kept
                {
                    [Counter("a")] static partial void A(long v);
                    static partial void NoAttribute(long v);
                    [Counter("b")] static partial void WithBody(long v) { }
                    [Counter("c")] static void NotPartial(long v) { }
                    partial struct Inner { [Gauge("d")] static partial void D(int v); }
                    void Body() { [Counter("e")] static void Local() { } }
                }

                class Closed { [Counter("f")] static partial void F(long v); }
            }
            """);

        var names = MetricsGenerator.Parser.FindCandidates(tree, default).Select(m => m.Identifier.ValueText);

        Assert.Equal(new[] { "A", "D" }, names);
    }
}
