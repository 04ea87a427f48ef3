using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>Runs the analyzer directly (no test framework), for property and robustness tests that make many compilations.</summary>
internal static class LayerAnalyzerRunner
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> RunAsync(
        string architecture, IEnumerable<string> sources, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = new List<SyntaxTree>();
        var index = 0;
        foreach (var source in sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(source, path: $"/src/File{index++}.cs"));
        }

        var references = LayerVerifier.Framework.Add(LayerVerifier.AttributeReference);
        if (extraReferences is not null)
        {
            references = references.AddRange(extraReferences);
        }

        var compilation = CSharpCompilation.Create(
            "Subject", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/src/architecture.json", architecture))),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LayerAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
