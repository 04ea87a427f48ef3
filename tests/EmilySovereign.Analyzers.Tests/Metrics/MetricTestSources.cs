using System.Linq;
using EmilySovereign.Analyzers.Metrics;
using EmilySovereign.CodeFixes.Metrics;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Metrics;

/// <summary>
/// Sources for the metric rules, with the metrics namespace imported. The generator does not run here, so a partial
/// method has no implementation: compiler errors (CS8795) are not compared, only ours.
/// </summary>
internal static class MetricTestSources
{
    public const string Usings = "using EmilySovereign.Metrics;\n";

    public static RuleTest<MetricsAnalyzer> Analyzer(params string[] sources)
    {
        var test = AnalyzerVerifier<MetricsAnalyzer>.Test(sources.Select(source => Usings + source).ToArray());
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test;
    }

    public static RuleFixTest<MetricsAnalyzer, MetricNameFixer> Fix(string source, string fixedSource)
    {
        var test = CodeFixVerifier<MetricsAnalyzer, MetricNameFixer>.Test(Usings + source, Usings + fixedSource);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test;
    }
}
