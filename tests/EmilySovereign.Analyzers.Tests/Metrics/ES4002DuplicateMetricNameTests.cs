using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Metrics.MetricTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Metrics.MetricsAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Metrics;

public sealed class ES4002DuplicateMetricNameTests
{
    [Fact]
    public Task Same_name_in_one_class_is_reported_at_both() =>
        Analyzer("""
            static partial class M
            {
                [Histogram({|#0:"gate_latency"|}, Unit = "s")] static partial void A(double v);
                [Histogram({|#1:"gate_latency"|}, Unit = "s")] static partial void B(double v);
            }
            """)
        .Expect(
            Diagnostic(Descriptors.DuplicateMetricName).WithLocation(0).WithArguments("gate_latency", "M.B"),
            Diagnostic(Descriptors.DuplicateMetricName).WithLocation(1).WithArguments("gate_latency", "M.A"))
        .RunAsync();

    [Fact]
    public Task Same_name_across_files_and_kinds_is_reported_in_each_file() =>
        Analyzer(
            "static partial class A { [Counter({|#0:\"events_total\"|})] static partial void Add(long v); }",
            "static partial class B { [Counter({|#1:\"events_total\"|})] static partial void Add(long v); }")
        .Expect(
            Diagnostic(Descriptors.DuplicateMetricName).WithLocation(0).WithArguments("events_total", "B.Add"),
            Diagnostic(Descriptors.DuplicateMetricName).WithLocation(1).WithArguments("events_total", "A.Add"))
        .RunAsync();

    [Fact]
    public Task Different_names_are_not_reported() =>
        Analyzer("""
            static partial class M
            {
                [Counter("a_total")] static partial void A(long v);
                [Counter("b_total")] static partial void B(long v);
            }
            """).RunAsync();
}
