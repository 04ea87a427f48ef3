using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Testing.Roslyn;
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
        .Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(2, "none of the 1 ADR files has that number"))
        .RunAsync();

    [Fact]
    public Task Constant_expressions_are_resolved() =>
        Analyzer<AdrAnalyzer>(
            "using EmilySovereign; class C { const int Two = 2; [Adr({|#0:Two + 40|})] void M() { } [Adr(Two - 1)] int P => 0; }",
            ("0001-a.md", Accepted1))
        .Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(42, "none of the 1 ADR files has that number"))
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
                Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(9, "none of the 1 ADR files has that number"),
                Diagnostic(Descriptors.UnknownAdr).WithLocation(1).WithArguments(8, "none of the 1 ADR files has that number"))
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
        .Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(4, "none of the 1 ADR files has that number"))
        .RunAsync();

    [Fact]
    public Task A_global_using_alias_in_another_file_is_found()
    {
        var test = Analyzer<AdrAnalyzer>("[Decision({|#0:4|})] class C { }", ("0001-a.md", Accepted1));
        test.TestState.Sources.Add("global using Decision = EmilySovereign.AdrAttribute;");
        return test.Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(4, "none of the 1 ADR files has that number")).RunAsync();
    }

    [Fact]
    public Task Qualified_and_alias_qualified_names_are_found() =>
        Analyzer<AdrAnalyzer>(
            "using E = EmilySovereign; [E.Adr({|#0:5|})] [global::EmilySovereign.AdrAttribute({|#1:6|})] [E::AdrAttribute({|#2:7|})] class C { }",
            ("0001-a.md", Accepted1))
        .Expect(
                Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(5, "none of the 1 ADR files has that number"),
                Diagnostic(Descriptors.UnknownAdr).WithLocation(1).WithArguments(6, "none of the 1 ADR files has that number"),
                Diagnostic(Descriptors.UnknownAdr).WithLocation(2).WithArguments(7, "none of the 1 ADR files has that number"))
        .RunAsync();

    [Fact]
    public Task Names_that_only_contain_the_word_are_not_bound_as_the_attribute() =>
        Analyzer<AdrAnalyzer>(
            "class AdrOtherAttribute : System.Attribute { public AdrOtherAttribute(int n) { } } [AdrOther(4)] class Address { [EmilySovereign.Adr({|#0:3|})] int Adr; }",
            ("0001-a.md", Accepted1))
        .Expect(Diagnostic(Descriptors.UnknownAdr).WithLocation(0).WithArguments(3, "none of the 1 ADR files has that number"))
        .RunAsync();
}
