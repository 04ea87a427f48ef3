using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>
/// The one way to test a code fix: the source before (with markup for the diagnostics it fixes) and after, both
/// compiled against <see cref="TestReferences"/>; <see cref="TestHooks"/> add files and options to both states.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static RuleFixTest<TAnalyzer, TCodeFix> Test(string source, string fixedSource) =>
        new() { TestCode = source, FixedCode = fixedSource };

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        Test(source, fixedSource).Expect(expected).RunAsync();

    /// <param name="fixedExpected">What stays reported after the fix.</param>
    /// <param name="fixAllIterations">Fix All applies one equivalence key at a time: two kinds of fix take two.</param>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, DiagnosticResult[] fixedExpected, int? fixAllIterations = null)
    {
        var test = Test(source, fixedSource).Expect(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(fixedExpected);
        if (fixAllIterations is { } count)
            test.NumberOfFixAllIterations = count;
        return test.RunAsync();
    }
}

/// <summary>A code-fix test whose states before and after both compile against <see cref="TestReferences"/>.</summary>
public class RuleFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public RuleFixTest() => TestHooks.UseTestReferences(this);
}
