using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs <see cref="LatencyBudgetAnalyzer"/> (and a latency code fix) over test sources compiled against the running
/// .NET's assemblies and EmilySovereign.Runtime, without downloading reference packs.
/// </summary>
public static class LatencyVerifier
{
    private static readonly Lazy<MetadataReference[]> LazyReferences = new(LoadReferences, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The framework assemblies of this process and the runtime assembly that declares the attributes.</summary>
    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    public static DiagnosticResult Diagnostic(string id) => new(id, SeverityOf(id));

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(source, catalog: null, extraReferences: null, expected);

    public static Task VerifyAnalyzerAsync(string source, string? catalog, MetadataReference[]? extraReferences, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        if (catalog is not null)
            test.TestState.AdditionalFiles.Add((BlockingCatalog.UserFileName, catalog));
        if (extraReferences is not null)
            test.TestState.AdditionalReferences.AddRange(extraReferences);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The analyzer with a baseline file (docs/baseline.md) among the AdditionalFiles.</summary>
    public static Task VerifyBaselineAsync(string source, string baseline, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.TestState.AdditionalFiles.Add(("/0/EmilySovereign.baseline.txt", baseline));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Several files of one compilation, named Test0.cs, Test1.cs…; markup locations work in each.</summary>
    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
            test.TestState.Sources.Add(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new() =>
        VerifyCodeFixAsync<TCodeFix>(source, fixedSource, expected, fixedExpected: Array.Empty<DiagnosticResult>());

    /// <param name="fixAllIterations">Fix All applies one equivalence key at a time: two kinds of fix take two.</param>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, DiagnosticResult[] expected, DiagnosticResult[] fixedExpected, int? fixAllIterations = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(fixedExpected);
        if (fixAllIterations is { } count)
            test.NumberOfFixAllIterations = count;

        return test.RunAsync();
    }

    /// <summary>Compiles <paramref name="source"/> into an in-memory assembly to use as a metadata reference.</summary>
    public static MetadataReference CompileLibrary(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static DiagnosticSeverity SeverityOf(string id) =>
        new LatencyBudgetAnalyzer().SupportedDiagnostics.Single(d => d.Id == id).DefaultSeverity;

    private static MetadataReference[] LoadReferences()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Where(path => !path.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        return framework
            .Append(typeof(LatencyBudgetAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<LatencyBudgetAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => Configure(TestState);
    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<LatencyBudgetAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public CodeFixTest()
        {
            Configure(TestState);
            Configure(FixedState);
        }
    }

    private static void Configure(SolutionState state)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net");
        state.AdditionalReferences.AddRange(References);
    }
}
