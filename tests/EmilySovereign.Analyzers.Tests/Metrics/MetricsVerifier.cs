using EmilySovereign.Analyzers.Metrics;
using EmilySovereign.Analyzers.Tests.Verifiers;
using EmilySovereign.CodeFixes.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Metrics;

/// <summary>
/// Runs <see cref="MetricsAnalyzer"/> (and the ES4001 fix) over sources with markup. The generator does not run here,
/// so a partial method has no implementation: compiler errors (CS8795) are not compared, only ours.
/// </summary>
internal static class MetricsVerifier
{
    public const string Usings = "using EmilySovereign.Metrics;\n";

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(EmilySovereign.Metrics.CounterAttribute).Assembly.Location);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static AnalyzerTest Analyzer(params string[] sources)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
            test.TestState.Sources.Add(Usings + source);
        Configure(test.TestState);
        return test;
    }

    public static FixTest Fix(string source, string fixedSource)
    {
        var test = new FixTest { TestCode = Usings + source, FixedCode = Usings + fixedSource };
        Configure(test.TestState);
        Configure(test.FixedState);
        return test;
    }

    private static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(LayerVerifier.Framework);
        state.AdditionalReferences.Add(Runtime);
    }

    public sealed class AnalyzerTest : CSharpAnalyzerTest<MetricsAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            CompilerDiagnostics = CompilerDiagnostics.None;
        }
    }

    public sealed class FixTest : CSharpCodeFixTest<MetricsAnalyzer, MetricNameFixer, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            CompilerDiagnostics = CompilerDiagnostics.None;
        }
    }
}

internal static class MetricsTestExtensions
{
    public static TTest Expect<TTest>(this TTest test, params DiagnosticResult[] expected)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
