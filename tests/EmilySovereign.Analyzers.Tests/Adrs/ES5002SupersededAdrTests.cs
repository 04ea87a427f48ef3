using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Adrs.AdrTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Adrs.AdrAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Adrs;

public sealed class ES5002SupersededAdrTests
{
    [Fact]
    public Task Superseded_adr_names_its_successor() =>
        Analyzer<AdrAnalyzer>(
            "[EmilySovereign.Adr({|#0:3|})] class C { } [EmilySovereign.Adr(7)] class D { }",
            ("0003-use-mysql.md", Superseded3), ("0007-use-postgres.md", Accepted7))
        .Expect(
                Diagnostic(Descriptors.SupersededAdr).WithLocation(0)
                    .WithArguments(3, "Use MySQL", "superseded", "by ADR 7 'Use Postgres': follow it instead"))
        .RunAsync();

    [Fact]
    public Task Deprecated_adr_without_successor_asks_to_revisit() =>
        Analyzer<AdrAnalyzer>(
            "[EmilySovereign.Adr({|#0:4|})] class C { }",
            ("0004-old.md", "# ADR 4: Old\nStatus: deprecated\n"))
        .Expect(
                Diagnostic(Descriptors.SupersededAdr).WithLocation(0)
                    .WithArguments(4, "Old", "deprecated", "and names no successor: revisit the decision"))
        .RunAsync();

    [Fact]
    public Task Successor_that_does_not_exist_is_not_named() =>
        Analyzer<AdrAnalyzer>(
            "[EmilySovereign.Adr({|#0:3|})] class C { }",
            ("0003-use-mysql.md", Superseded3))
        .Expect(
                Diagnostic(Descriptors.SupersededAdr).WithLocation(0)
                    .WithArguments(3, "Use MySQL", "superseded", "and names no successor: revisit the decision"))
        .RunAsync();

    [Fact]
    public Task Proposed_and_rejected_adrs_are_not_reported() =>
        Analyzer<AdrAnalyzer>(
            "[EmilySovereign.Adr(5)] [EmilySovereign.Adr(6)] class C { }",
            ("0005-p.md", "# ADR 5: P\nStatus: Proposed\n"), ("0006-r.md", "# ADR 6: R\nStatus: Rejected\n")).RunAsync();

    [Fact]
    public Task Code_fix_switches_to_the_successor() =>
        Fix(
            "using EmilySovereign;\n[Adr({|#0:3|})]\nclass C { }\n",
            "using EmilySovereign;\n[Adr(7)]\nclass C { }\n",
            ("0003-use-mysql.md", Superseded3), ("0007-use-postgres.md", Accepted7))
        .Expect(
                Diagnostic(Descriptors.SupersededAdr).WithLocation(0)
                    .WithArguments(3, "Use MySQL", "superseded", "by ADR 7 'Use Postgres': follow it instead"))
        .RunAsync();

    [Fact]
    public Task Code_fix_is_not_offered_without_a_successor()
    {
        var expected = Diagnostic(Descriptors.SupersededAdr).WithLocation(0)
            .WithArguments(4, "Old", "deprecated", "and names no successor: revisit the decision");
        var source = "[EmilySovereign.Adr({|#0:4|})] class C { }";
        var test = Fix(source, source, ("0004-old.md", "# ADR 4: Old\nStatus: Deprecated\n")).Expect(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }
}
