using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Layers;

/// <summary>
/// The layer analyzer's cost beside the compiler's own work on a 2 000-type layered codebase, in one run: compiler
/// diagnostics alone; with a peer analyzer that, like the SDK's own analyzers, makes the driver bind every method
/// body through the semantic model; with that peer plus an analyzer that only replays the layer analyzer's diagnostics
/// (the driver's cost per reported diagnostic, which any analyzer reporting as many pays); and with that peer plus the
/// layer analyzer. The last differs from the peer by the layer analyzer's own cost, since binding through the semantic
/// model is shared by all analyzers of a compilation.
/// Run: <c>dotnet run -c Release -- --filter *LayerAnalyzerBenchmarks*</c> from the Benchmarks folder.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CompilerBenchmarkConfig))]
public class LayerAnalyzerBenchmarks
{
    private SyntaxTree[] _trees = Array.Empty<SyntaxTree>();
    private MetadataReference[] _references = Array.Empty<MetadataReference>();
    private AnalyzerOptions _options = null!;
    private ReplayAnalyzer _replay = null!;

    [Params(2000)]
    public int Types { get; set; }

    /// <summary>
    /// Dense: about half of all uses are forbidden (a worst case); Kept: the same rules, and code that keeps them (a
    /// codebase that builds); Clean: every layer may use every other, only an empty layer is forbidden.
    /// </summary>
    [Params("Dense", "Kept", "Clean")]
    public string Rules { get; set; } = "Dense";

    /// <summary>Off for instruction counts, so that they do not depend on how threads were scheduled.</summary>
    public bool Concurrent { get; set; } = true;

    [GlobalSetup]
    public void Setup()
    {
        _trees = LayeredCodebase.Sources(Types, keepRules: Rules == "Kept").Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"File{i}.cs")).ToArray();
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText("architecture.json", Rules == "Clean" ? LayeredCodebase.CleanArchitecture : LayeredCodebase.Architecture)));
        _replay = new ReplayAnalyzer(Fresh().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LayerAnalyzer()), _options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(d => d.Location.IsInSource) // not the cycle warnings that Clean's rules get in architecture.json
            .GroupBy(d => d.Location.SourceTree!.FilePath)
            .ToDictionary(g => g.Key, g => g.Select(d => (d.Location.SourceSpan, d.GetMessage())).ToArray()));
    }

    [Benchmark(Baseline = true)]
    public int CompilerDiagnostics() => Fresh().GetDiagnostics().Length;

    [Benchmark]
    public int WithBindingPeer() => Analyze(new BindingPeerAnalyzer());

    /// <summary>The layer analyzer's diagnostics reported again with no analysis: what the driver charges for them.</summary>
    [Benchmark]
    public int WithBindingPeerAndReplay() => Analyze(new BindingPeerAnalyzer(), _replay);

    [Benchmark]
    public int WithBindingPeerAndLayerAnalyzer() => Analyze(new BindingPeerAnalyzer(), new LayerAnalyzer());

    private int Analyze(params DiagnosticAnalyzer[] analyzers) =>
        Fresh().WithAnalyzers(ImmutableArray.Create(analyzers), _options)
            .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;

    // A new compilation each time: binding is cached per compilation, and the build binds once.
    private CSharpCompilation Fresh() =>
        CSharpCompilation.Create("Layered", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: Concurrent));
}
