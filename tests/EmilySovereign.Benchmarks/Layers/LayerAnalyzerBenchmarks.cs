using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Layers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Layers;

/// <summary>
/// The layer analyzer's cost beside the compiler's own work on a 2 000-type layered codebase, in one run:
/// compiler diagnostics alone, with a do-nothing analyzer (the analyzer driver's own cost), and with the layer analyzer.
/// Run: <c>dotnet run -c Release -- --filter *LayerAnalyzerBenchmarks* --job short</c> from the Benchmarks folder.
/// </summary>
[MemoryDiagnoser]
public class LayerAnalyzerBenchmarks
{
    private SyntaxTree[] _trees = Array.Empty<SyntaxTree>();
    private MetadataReference[] _references = Array.Empty<MetadataReference>();
    private AnalyzerOptions _options = null!;

    [Params(2000)]
    public int Types { get; set; }

    /// <summary>Dense: about half of all uses are forbidden (a worst case); Clean: every use is checked, none is forbidden.</summary>
    [Params("Dense", "Clean")]
    public string Rules { get; set; } = "Dense";

    [GlobalSetup]
    public void Setup()
    {
        _trees = LayeredCodebase.Sources(Types).Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"File{i}.cs")).ToArray();
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Text("architecture.json", Rules == "Clean" ? LayeredCodebase.CleanArchitecture : LayeredCodebase.Architecture)));
    }

    [Benchmark(Baseline = true)]
    public int CompilerDiagnostics() => Fresh().GetDiagnostics().Length;

    [Benchmark]
    public int WithNoOpAnalyzer() => Analyze(new NoOpAnalyzer());

    [Benchmark]
    public int WithLayerAnalyzer() => Analyze(new LayerAnalyzer());

    private int Analyze(DiagnosticAnalyzer analyzer) =>
        Fresh().WithAnalyzers(ImmutableArray.Create(analyzer), _options)
            .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;

    // A new compilation each time: binding is cached per compilation, and the build binds once.
    private CSharpCompilation Fresh() =>
        CSharpCompilation.Create("Layered", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    // The peer: a benchmark-only analyzer that never ships, so the analyzer-authoring rules do not apply.
#pragma warning disable RS1041, RS1036, RS2008, RS1012
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("NOOP", "no-op", "no-op", "none", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(_ => { });
        }
    }
#pragma warning restore RS1041, RS1036, RS2008, RS1012

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
