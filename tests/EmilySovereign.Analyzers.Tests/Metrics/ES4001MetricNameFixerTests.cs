using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Metrics.MetricTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Metrics.MetricsAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Metrics;

public sealed class ES4001MetricNameFixerTests
{
    [Fact]
    public Task Literal_is_replaced_by_the_suggested_name() =>
        Fix(
            "static partial class M { [Counter({|#0:\"RequestsServed\"|}, Description = \"d\")] static partial void A(long v); }",
            "static partial class M { [Counter(\"requests_served_total\", Description = \"d\")] static partial void A(long v); }")
        .Expect(Diagnostic(Descriptors.MetricNameInvalid).WithLocation(0)
            .WithArguments("RequestsServed", "is not snake_case (no capital letters)", "requests_served_total"))
        .RunAsync();

    [Fact]
    public Task Fix_all_renames_every_literal() =>
        Fix(
            "static partial class M { [Histogram({|#0:\"a-b\"|})] static partial void A(double v); [Gauge({|#1:\"C\"|})] static partial void B(int v); }",
            "static partial class M { [Histogram(\"a_b\")] static partial void A(double v); [Gauge(\"c\")] static partial void B(int v); }")
        .Expect(
            Diagnostic(Descriptors.MetricNameInvalid).WithLocation(0).WithArguments("a-b", "contains '-'; a Prometheus name has only letters, digits and '_'", "a_b"),
            Diagnostic(Descriptors.MetricNameInvalid).WithLocation(1).WithArguments("C", "is not snake_case (no capital letters)", "c"))
        .RunAsync();

    [Fact]
    public Task Constant_is_not_rewritten()
    {
        const string Source = "static partial class M { const string N = \"Bad\"; [Histogram({|#0:N|})] static partial void A(double v); }";
        var expected = Diagnostic(Descriptors.MetricNameInvalid).WithLocation(0).WithArguments("Bad", "is not snake_case (no capital letters)", "bad");
        var test = Fix(Source, Source).Expect(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }
}
