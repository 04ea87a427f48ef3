using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Analyzers.Tests.Verifiers;
using EmilySovereign.CodeFixes.Adrs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Adrs;

/// <summary>Runs the ADR analyzers over sources with markup and in-memory ADR files under <c>/0/docs/adr/</c>.</summary>
internal static class AdrVerifier
{
    public const string Folder = "/0/docs/adr/";

    public const string Accepted1 = "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\nDate: 2026-11-25\n";
    public const string Superseded3 = "# 3. Use MySQL\n\n## Status\n\nSuperseded by [7. Use Postgres](0007-use-postgres.md)\n";
    public const string Accepted7 = "# 7. Use Postgres\n\n## Status\n\nAccepted\n\nSupersedes [3. Use MySQL](0003-use-mysql.md)\n";

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(AdrAttribute).Assembly.Location);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static AnalyzerTest<TAnalyzer> Analyzer<TAnalyzer>(string source, params (string Name, string Text)[] adrs)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer>();
        Configure(test.TestState, source, adrs);
        return test;
    }

    public static FixTest Fix(string source, string fixedSource, params (string Name, string Text)[] adrs)
    {
        var test = new FixTest { FixedCode = fixedSource };
        Configure(test.TestState, source, adrs);
        foreach (var (name, text) in adrs)
            test.FixedState.AdditionalFiles.Add((Folder + name, text));
        test.FixedState.AdditionalReferences.AddRange(LayerVerifier.Framework);
        test.FixedState.AdditionalReferences.Add(Runtime);
        return test;
    }

    private static void Configure(SolutionState state, string source, (string Name, string Text)[] adrs)
    {
        state.Sources.Add(source);
        foreach (var (name, text) in adrs)
            state.AdditionalFiles.Add((Folder + name, text));
        state.AdditionalReferences.AddRange(LayerVerifier.Framework);
        state.AdditionalReferences.Add(Runtime);
    }

    public sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        public AnalyzerTest() => ReferenceAssemblies = new ReferenceAssemblies("net10.0");
    }

    public sealed class FixTest : CSharpCodeFixTest<AdrAnalyzer, SupersededAdrFixer, DefaultVerifier>
    {
        public FixTest() => ReferenceAssemblies = new ReferenceAssemblies("net10.0");
    }
}

internal static class AdrTestExtensions
{
    public static TTest Expect<TTest>(this TTest test, params DiagnosticResult[] expected)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
