using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis.Testing;
using static EmilySovereign.Analyzers.Tests.Adrs.AdrTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Adrs.AdrAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Adrs;

public sealed class ES5001UnknownAdrTests
{
    [Fact]
    public Task Number_with_no_file_is_reported_at_the_argument() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; [Adr(1)] [Adr({|#0:2|})] class C { }",
            ("0001-adopt-triune-architecture.md", Accepted1))
        .Expect(NotAmongOne(0, 2))
        .RunAsync();

    [Fact]
    public Task Constant_expressions_are_resolved() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; class C { const int Two = 2; [Adr({|#0:Two + 40|})] void M() { } [Adr(Two - 1)] int P => 0; }",
            ("0001-a.md", Accepted1))
        .Expect(NotAmongOne(0, 42))
        .RunAsync();

    [Fact]
    public Task Without_adr_files_every_number_is_unknown() =>
        Analyzer<AdrAnalyzer>("[EmilySovereign.AdrAttribute({|#0:1|})] class C { }")
        .Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(1, "no ADR files were found (docs/adr)"))
        .RunAsync();

    [Fact]
    public Task Assembly_and_parameter_targets_are_checked() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; [assembly: Adr({|#0:9|})] class C { void M([Adr({|#1:8|})] int x) { } }",
            ("0001-a.md", Accepted1))
        .Expect(
                NotAmongOne(0, 9),
                NotAmongOne(1, 8))
        .RunAsync();

    [Fact]
    public Task Other_attributes_and_half_typed_code_are_ignored() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; [System.Obsolete(\"2\")] [Adr(1)] class C { } class Adr2Attribute : System.Attribute { public Adr2Attribute(int n) { } } [Adr2(5)] class D { } [Adr({|CS1503:\"x\"|})] class E { }",
            ("0001-a.md", Accepted1)).RunAsync();

    [Fact]
    public Task A_using_alias_of_the_attribute_is_found() =>
        Analyzer<AdrAnalyzer>(
            "using Decision = EmilySovereign.AdrAttribute; [Decision({|#0:4|})] [System.Obsolete] class C { }",
            ("0001-a.md", Accepted1))
        .Expect(NotAmongOne(0, 4))
        .RunAsync();

    [Fact]
    public Task A_global_using_alias_in_another_file_is_found()
    {
        var test = Analyzer<AdrAnalyzer>("[Decision({|#0:4|})] class C { }", ("0001-a.md", Accepted1));
        test.TestState.Sources.Add("global using Decision = EmilySovereign.AdrAttribute;");
        return test.Expect(NotAmongOne(0, 4)).RunAsync();
    }

    [Fact]
    public Task Each_part_of_a_partial_type_reads_its_own_attribute_where_another_file_has_one_at_the_same_place()
    {
        // The type holds both files' attributes, at the same span of different trees: each is matched by tree and span.
        var test = Analyzer<AdrAnalyzer>("using EmilySovereign; [Adr(1)] partial class C { }", ("0001-a.md", Accepted1));
        test.TestState.Sources.Add("using EmilySovereign; [Adr({|#0:9|})] partial class C { }");
        return test.Expect(NotAmongOne(0, 9)).RunAsync();
    }

    [Fact]
    public Task Qualified_and_alias_qualified_names_are_found() =>
        Analyzer<AdrAnalyzer>(
            "using E = EmilySovereign; [E.Adr({|#0:5|})] [global::EmilySovereign.AdrAttribute({|#1:6|})] [E::AdrAttribute({|#2:7|})] class C { }",
            ("0001-a.md", Accepted1))
        .Expect(
                NotAmongOne(0, 5),
                NotAmongOne(1, 6),
                NotAmongOne(2, 7))
        .RunAsync();

    [Fact]
    public Task Names_that_only_contain_the_word_are_not_bound_as_the_attribute() =>
        Analyzer<AdrAnalyzer>(
            "class AdrOtherAttribute : System.Attribute { public AdrOtherAttribute(int n) { } } [AdrOther(4)] class Address { [EmilySovereign.Adr({|#0:3|})] int Adr; }",
            ("0001-a.md", Accepted1))
        .Expect(NotAmongOne(0, 3))
        .RunAsync();

    [Fact]
    public Task Every_place_an_attribute_can_stand_is_checked()
    {
        // Members, accessors and parameters read the attribute the compiler bound for them; explicit targets, the module,
        // lambdas and local functions bind it on their own. Each place names its own number.
        const string source = """
            using EmilySovereign;
            [module: Adr({|#0:10|})]
            [Adr({|#1:11|})] delegate void D<[Adr({|#2:12|})] T>([Adr({|#3:13|})] int x);
            [Adr({|#4:14|})] enum E { [Adr({|#5:15|})] A }
            [Adr({|#6:16|})] record R([Adr({|#7:17|})] int X, [property: Adr({|#8:18|})] int Y);
            class C
            {
                [Adr({|#9:19|})] int f, g;
                [Adr({|#10:20|})] event System.Action? Changed;
                [field: Adr({|#11:21|})] int P { [Adr({|#12:22|})] get; set; }
                [return: Adr({|#13:23|})] int this[[Adr({|#14:24|})] int i] => 0;
                [Adr({|#15:25|})] C() { }
                [Adr({|#16:26|})] public static C operator +(C a, C b) => a;
                void M()
                {
                    System.Func<int, int> f = [Adr({|#17:27|})] ([Adr({|#18:28|})] int x) => x;
                    [Adr({|#19:29|})] void Local() { }
                }
            }
            """;
        var expected = Enumerable.Range(0, 20)
            .Select(at => NotAmongOne(at, 10 + at));
        return Analyzer<AdrAnalyzer>(source, ("0001-a.md", Accepted1)).Expect(expected.ToArray()).RunAsync();
    }

    [Fact]
    public Task A_type_of_the_same_name_in_another_namespace_is_not_the_attribute_anywhere() =>
        Analyzer<AdrAnalyzer>(
            """
            namespace Mine { class AdrAttribute : System.Attribute { public AdrAttribute(int n) { } } }
            namespace Uses
            {
                using Mine;
                [Adr(5)] class C { [Adr(6)] void M([Adr(7)] int x) { System.Action a = [Adr(8)] () => { }; } [return: Adr(9)] int N() => 0; }
            }
            """,
            ("0001-a.md", Accepted1)).RunAsync();

    [Fact]
    public Task A_number_of_another_integral_type_is_the_number_it_converts_to() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; [Adr({|#0:(short)3|})] class C { [return: Adr({|#1:(byte)4|})] int M() => 0; }",
            ("0001-a.md", Accepted1))
        .Expect(
                NotAmongOne(0, 3),
                NotAmongOne(1, 4))
        .RunAsync();

    /// <summary>ES5001 at markup location <paramref name="location"/> for <paramref name="number"/>, in a folder of one ADR file.</summary>
    private static DiagnosticResult NotAmongOne(int location, int number) =>
        Diagnostic(Descriptors.UnknownAdr).WithLocation(location).WithArguments(number, "none of the 1 ADR files has that number");
}
