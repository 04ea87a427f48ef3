using System.Threading.Tasks;
using static EmilySovereign.Analyzers.Tests.Metrics.MetricsVerifier;

namespace EmilySovereign.Analyzers.Tests.Metrics;

public sealed class ES4001MetricNameTests
{
    private static Task Check(string attribute, string method, string name, string problem, string suggestion) =>
        Analyzer($"static partial class M {{ [{attribute}] static partial void {method}; }}")
            .Expect(Diagnostic(Descriptors.MetricNameInvalid).WithLocation(0).WithArguments(name, problem, suggestion))
            .RunAsync();

    [Fact]
    public Task Valid_names_are_not_reported() =>
        Analyzer("""
            static partial class M
            {
                [Histogram("alpha_attention_latency", Unit = "s")] static partial void A(double v);
                [Histogram("request_duration_seconds", Unit = "s")] static partial void B(double v);
                [Counter("alpha_attention_fallbacks_total")] static partial void C(long v);
                [Gauge("queue_size_bytes", Unit = "By")] static partial void D(long v);
                [Gauge("_private_depth")] static partial void E(int v);
            }
            """).RunAsync();

    [Fact]
    public Task Capital_letters_are_not_snake_case() =>
        Check("Histogram({|#0:\"GateLatency\"|})", "A(double v)", "GateLatency", "is not snake_case (no capital letters)", "gate_latency");

    [Fact]
    public Task Counter_without_total_suffix() =>
        Check("Counter({|#0:\"requests\"|})", "A(long v)", "requests", "is a counter's name and does not end in '_total'", "requests_total");

    [Fact]
    public Task Total_suffix_on_a_histogram() =>
        Check("Histogram({|#0:\"sizes_total\"|})", "A(double v)", "sizes_total", "ends in '_total', which Prometheus keeps for counters", "sizes");

    [Fact]
    public Task Colon_is_reserved_for_recording_rules() =>
        Check("Gauge({|#0:\"job:queue_depth\"|})", "A(long v)", "job:queue_depth", "contains ':', which Prometheus reserves for recording rules", "job_queue_depth");

    [Fact]
    public Task Leading_double_underscore_is_reserved() =>
        Check("Gauge({|#0:\"__depth\"|})", "A(long v)", "__depth", "starts with '__', which Prometheus reserves for its own names", "depth");

    [Fact]
    public Task Leading_digit() =>
        Check("Gauge({|#0:\"9lives\"|})", "A(long v)", "9lives", "starts with a digit", "metric_9lives");

    [Fact]
    public Task Characters_outside_the_alphabet() =>
        Check("Histogram({|#0:\"gate-latency\"|})", "A(double v)", "gate-latency", "contains '-'; a Prometheus name has only letters, digits and '_'", "gate_latency");

    [Fact]
    public Task Empty_name() =>
        Check("Histogram({|#0:\"\"|})", "A(double v)", "", "is empty", "metric");

    [Fact]
    public Task Seconds_in_the_name_with_another_unit() =>
        Check("Histogram({|#0:\"gate_seconds\"|}, Unit = \"ms\")", "A(double v)", "gate_seconds",
            "says 'seconds' but its Unit is 'ms' (use Unit = \"s\")", "gate_milliseconds");

    [Fact]
    public Task Bytes_in_the_name_without_a_unit() =>
        Check("Gauge({|#0:\"heap_bytes\"|})", "A(long v)", "heap_bytes", "says 'bytes' but its Unit is not set (use Unit = \"By\")", "heap");

    [Fact]
    public Task Name_given_by_a_constant_is_checked_at_the_argument() =>
        Analyzer("static partial class M { const string N = \"Bad\"; [Histogram({|#0:N|})] static partial void A(double v); }")
            .Expect(Diagnostic(Descriptors.MetricNameInvalid).WithLocation(0).WithArguments("Bad", "is not snake_case (no capital letters)", "bad"))
            .RunAsync();

    [Fact]
    public Task Code_without_metric_attributes_is_not_analyzed() =>
        new AnalyzerTest { TestCode = "class C { static void M() { } }" }.RunAsync();
}
