using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Metrics.MetricTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Metrics.MetricsAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Metrics;

/// <summary>ES4003 looks only at EmilySovereign.Metrics' attributes, not at others of the same name.</summary>
public sealed class ES4003LookalikeAttributeTests
{
    private const string Lookalikes = """
        namespace Outer.EmilySovereign.Metrics { class CounterAttribute : System.Attribute { public CounterAttribute(string name) { } } }
        namespace EmilySovereign.Metrics.Extra { class HistogramAttribute : System.Attribute { public HistogramAttribute(string name) { } } }
        namespace Other { class GaugeAttribute : System.Attribute { public GaugeAttribute(string name) { } } }
        """;

    [Fact]
    public Task Attribute_of_the_same_name_in_another_namespace_is_not_reported() =>
        Analyzer(Lookalikes, """
            class M
            {
                [Outer.EmilySovereign.Metrics.Counter("Bad Name")] void A(object v) { }
                [EmilySovereign.Metrics.Extra.Histogram("Bad Name")] void B(object v) { }
                [Other.Gauge("Bad Name")] void C(object v) { }
            }
            """).RunAsync();

    [Fact]
    public Task The_real_attribute_beside_them_is_reported() =>
        Analyzer(Lookalikes, """
            class M
            {
                [Outer.EmilySovereign.Metrics.Counter("a_total")] void A(object v) { }
                [global::EmilySovereign.Metrics.Counter("b_total")] static void {|#0:B|}(long v) { }
            }
            """)
            .Expect(Diagnostic(Descriptors.MetricMethodShape).WithLocation(0).WithArguments("M.B", "it is not a partial method declaration without a body"))
            .RunAsync();

    /// <summary>
    /// In the runtime's own project the attributes are declared in source, and one of them is enough for the analyzer
    /// to look: a project that declares only <c>[Counter]</c> still has its counters checked.
    /// </summary>
    [Fact]
    public async Task A_metric_attribute_declared_in_source_without_the_runtime_is_checked()
    {
        var (diagnostics, exceptions) = await AnalyzeAsync(
            new[]
            {
                "namespace EmilySovereign.Metrics { [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class CounterAttribute : System.Attribute { public CounterAttribute(string name) { } } }",
                "class M { [EmilySovereign.Metrics.Counter(\"b_total\")] static void B(long v) { } }",
            },
            System.Array.Empty<(string, string)>(),
            withRuntime: false);

        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Descriptors.MetricMethodShape.Id, diagnostic.Id);
        Assert.Equal("/src/File1.cs", diagnostic.Location.SourceTree?.FilePath);
    }
}
