using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Flags;
using EmilySovereign.Analyzers.Metrics;
using EmilySovereign.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Benchmarks.Scale;

/// <summary>
/// What the flag and metric features cost a project that does not use them (issues 24 and 26): the everything-at-once
/// codebase (layers, budgets, <c>[Adr]</c>; no <c>[assembly: FeatureFlag]</c>, no metric attribute) compiled with
/// the runtime referenced, so the attributes exist, and analyzed by a peer that binds every body, as the SDK's own
/// analyzers make every build do. Beside it, in the same run: the same with the flag analyzer, with the metrics
/// analyzer, and after the flag and metrics generators ran on the compilation. A ratio of 1 within its error is
/// nothing measurable.
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter '*UnusedFeatureBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CompilerBenchmarkConfig))]
public class UnusedFeatureBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Peer = ImmutableArray.Create<DiagnosticAnalyzer>(new BindingPeerAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> PeerAndFlags = ImmutableArray.Create<DiagnosticAnalyzer>(new BindingPeerAnalyzer(), new FeatureFlagAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> PeerAndMetrics = ImmutableArray.Create<DiagnosticAnalyzer>(new BindingPeerAnalyzer(), new MetricsAnalyzer());

    private SyntaxTree[] _trees = null!;
    private MetadataReference[] _references = null!;

    [Params(1000)]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = ScaleAnalysis.ParseSources(Types);
        _references = ScaleAnalysis.References();
    }

    [Benchmark(Baseline = true)]
    public Task<int> BindingPeer() => AnalyzeAsync(Compile(), Peer);

    [Benchmark]
    public Task<int> BindingPeerAndFlagAnalyzer() => AnalyzeAsync(Compile(), PeerAndFlags);

    [Benchmark]
    public Task<int> BindingPeerAndMetricsAnalyzer() => AnalyzeAsync(Compile(), PeerAndMetrics);

    [Benchmark]
    public Task<int> BindingPeerAfterFlagAndMetricsGenerators() => AnalyzeAsync(ScaleAnalysis.AfterFlagAndMetricsGenerators(Compile()), Peer);

    private CSharpCompilation Compile() => ScaleAnalysis.Compile(_trees, _references);

    private static async Task<int> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return (await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }
}
