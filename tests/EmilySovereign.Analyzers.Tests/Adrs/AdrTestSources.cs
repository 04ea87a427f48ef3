using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.CodeFixes.Adrs;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Adrs;

/// <summary>ADR files for the ADR rules, as in-memory additional files under <c>/0/docs/adr/</c>.</summary>
internal static class AdrTestSources
{
    public const string Folder = "/0/docs/adr/";

    public const string Accepted1 = "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\nDate: 2026-11-25\n";
    public const string Superseded3 = "# 3. Use MySQL\n\n## Status\n\nSuperseded by [7. Use Postgres](0007-use-postgres.md)\n";
    public const string Accepted7 = "# 7. Use Postgres\n\n## Status\n\nAccepted\n\nSupersedes [3. Use MySQL](0003-use-mysql.md)\n";

    public static RuleTest<TAnalyzer> Analyzer<TAnalyzer>(string source, params (string Name, string Text)[] adrs)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        WithAdrs(AnalyzerVerifier<TAnalyzer>.Test(source), adrs);

    public static RuleFixTest<AdrAnalyzer, SupersededAdrFixer> Fix(string source, string fixedSource, params (string Name, string Text)[] adrs) =>
        WithAdrs(CodeFixVerifier<AdrAnalyzer, SupersededAdrFixer>.Test(source, fixedSource), adrs);

    private static TTest WithAdrs<TTest>(TTest test, (string Name, string Text)[] adrs)
        where TTest : Microsoft.CodeAnalysis.Testing.AnalyzerTest<DefaultVerifier>
    {
        foreach (var (name, text) in adrs)
            test.WithAdditionalFile(Folder + name, text);
        return test;
    }
}
