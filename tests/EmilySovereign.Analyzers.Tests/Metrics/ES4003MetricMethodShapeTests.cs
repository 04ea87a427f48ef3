using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Metrics.MetricTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Metrics.MetricsAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Metrics;

public sealed class ES4003MetricMethodShapeTests
{
    private static Task Shape(string source, string member, string problem) =>
        Analyzer(source)
            .Expect(Diagnostic(Descriptors.MetricMethodShape).WithLocation(0).WithArguments(member, problem))
            .RunAsync();

    [Fact]
    public Task Every_supported_shape_is_not_reported() =>
        Analyzer("""
            enum Path { Primary, HdcFallback }
            partial class M
            {
                [Histogram("a", Unit = "s")] internal static partial void A(double v, Path path, string host, bool ok);
                [Counter("b_total")] private static partial void B(long v, int shard, char c, decimal d, ulong u);
                [Gauge("c")] public static partial void C(float v);
                [Histogram("d")] static partial void D(int v, string? maybe, byte b, sbyte s, short h, ushort w, uint i, float f, double x);
                partial struct Nested { [Counter("e_total")] static partial void E(long v); }
            }
            """).RunAsync();

    [Fact]
    public Task Instance_method() =>
        Shape("partial class M { [Counter(\"a_total\")] partial void {|#0:A|}(long v); }", "M.A", "it is not static");

    [Fact]
    public Task Method_with_a_body() =>
        Shape("class M { [Counter(\"a_total\")] static void {|#0:A|}(long v) { } }", "M.A", "it is not a partial method declaration without a body");

    [Fact]
    public Task Class_that_is_not_partial() =>
        Shape("class M { [Counter(\"a_total\")] static partial void {|#0:A|}(long v); }", "M.A", "its type 'M' is not partial");

    [Fact]
    public Task Outer_class_that_is_not_partial() =>
        Shape("class O { partial class M { [Counter(\"a_total\")] static partial void {|#0:A|}(long v); } }", "M.A", "its type 'O' is not partial");

    [Fact]
    public Task Generic_method() =>
        Shape("partial class M { [Counter(\"a_total\")] static partial void A{|#0:<T>|}(long v); }", "M.A", "it is generic");

    [Fact]
    public Task Generic_class() =>
        Shape("partial class M<T> { [Counter(\"a_total\")] static partial void {|#0:A|}(long v); }", "M.A", "its type 'M' is generic");

    [Fact]
    public Task Non_void_return() =>
        Shape("partial class M { [Counter(\"a_total\")] public static partial {|#0:int|} A(long v); }", "M.A", "it returns 'int'; a metric method returns void");

    [Fact]
    public Task No_value_parameter() =>
        Shape("partial class M { [Counter(\"a_total\")] static partial void A{|#0:()|}; }", "M.A", "it has no value parameter (the first parameter is the value)");

    [Fact]
    public Task Value_of_an_unsupported_type() =>
        Shape("partial class M { [Histogram(\"a\")] static partial void A({|#0:decimal|} v); }", "M.A", "its value 'v' is a 'decimal'; use long, int, double or float");

    [Fact]
    public Task Tag_of_an_unsupported_type() =>
        Shape("partial class M { [Histogram(\"a\")] static partial void A(double v, {|#0:object|} o); }", "M.A", "its tag 'o' is a 'object'; a tag is a primitive, a string or an enum");

    [Fact]
    public Task Nullable_value_type_tag() =>
        Shape("partial class M { [Histogram(\"a\")] static partial void A(double v, {|#0:int?|} o); }", "M.A", "its tag 'o' is a 'int?'; a tag is a primitive, a string or an enum");

    [Fact]
    public Task Parameter_by_reference() =>
        Shape("partial class M { [Histogram(\"a\")] static partial void A(double v, {|#0:in int o|}); }", "M.A", "parameter 'o' is passed by reference or as params");

    [Fact]
    public Task Two_metric_attributes() =>
        Shape("partial class M { [Histogram(\"a\")][Gauge(\"b\")] static partial void {|#0:A|}(double v); }", "M.A", "it carries more than one metric attribute");
}
