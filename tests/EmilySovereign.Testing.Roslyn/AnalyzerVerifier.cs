using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>
/// The one way to test an analyzer: sources with markup (<c>{|#0:...|}</c>) compiled against <see cref="TestReferences"/>,
/// expected diagnostics with exact locations. Further files and options go through <see cref="TestHooks"/>.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of <paramref name="id"/> at the severity the analyzer declares for it.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, new TAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>A test of several files of one compilation, named Test0.cs, Test1.cs...; markup works in each.</summary>
    public static RuleTest<TAnalyzer> Test(params string[] sources)
    {
        var test = new RuleTest<TAnalyzer>();
        foreach (var source in sources)
            test.TestState.Sources.Add(source);
        return test;
    }

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        Test(source).Expect(expected).RunAsync();

    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected) =>
        Test(sources).Expect(expected).RunAsync();

    /// <summary>
    /// Runs the analyzer straight on a compilation, without the testing framework's workspace: for property and
    /// robustness tests that make many compilations, and for a compilation without the runtime (<paramref name="withRuntime"/>
    /// false: the runtime's own project, which declares the attributes in source). Returns the diagnostics and every
    /// exception the analyzer threw.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> AnalyzeAsync(
        IEnumerable<string> sources, IEnumerable<(string Path, string Text)> additionalFiles, IEnumerable<MetadataReference>? extraReferences = null,
        bool withRuntime = true)
    {
        var trees = sources.Select((source, n) => CSharpSyntaxTree.ParseText(source, path: $"/src/File{n}.cs"));
        var references = withRuntime ? TestReferences.All : TestReferences.Framework;
        var compilation = CSharpCompilation.Create("Subject", trees, references.AddRange(extraReferences ?? []), TestReferences.LibraryOptions);
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray()),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }
}

/// <summary>An analyzer test compiled against <see cref="TestReferences"/> with nullable annotations on.</summary>
public class RuleTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public RuleTest() => TestHooks.UseTestReferences(this);
}
