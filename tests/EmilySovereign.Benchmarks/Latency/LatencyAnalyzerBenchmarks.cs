using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Benchmarks.Latency;

/// <summary>
/// The latency analyzer beside the compiler in one run, each on a fresh compilation of the generated codebase.
/// <see cref="CompilerAndIdleAnalyzer"/> is the baseline: the compilation's own diagnostics (binding every body)
/// through the analyzer driver with an analyzer that registers symbol and syntax actions and does nothing in them.
/// <see cref="CompilerAndLatencyAnalyzer"/> runs the latency analyzer instead: its ratio minus one is the analyzer's
/// share against that idle peer. The honest share is against <see cref="WithBindingPeer"/>: a peer with an operation
/// action, as the SDK's own analyzers register in every real net5+ build, so that the driver builds the operation tree
/// of every body; <see cref="WithBindingPeerAndLatencyAnalyzer"/> / <see cref="WithBindingPeer"/> - 1 is what the
/// latency analyzer adds to a real build. <see cref="CompilerOnly"/> (no driver) shows what the driver itself costs.
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter *LatencyAnalyzerBenchmarks*
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CompilerBenchmarkConfig))]
public class LatencyAnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Latency = ImmutableArray.Create<DiagnosticAnalyzer>(new LatencyBudgetAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> Idle = ImmutableArray.Create<DiagnosticAnalyzer>(new IdleAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> Binding = ImmutableArray.Create<DiagnosticAnalyzer>(new BindingPeerAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> BindingAndLatency = ImmutableArray.Create<DiagnosticAnalyzer>(new BindingPeerAnalyzer(), new LatencyBudgetAnalyzer());

    private IReadOnlyList<SyntaxTree> _trees = null!;

    [Params(200)]
    public int Modules { get; set; }

    /// <summary>
    /// WorstCase: 3 types in 4 budgeted; Realistic: 1 type in 10 budgeted, the rest ordinary code
    /// (<see cref="LatencyCodebase.Realistic"/>).
    /// </summary>
    [Params(LatencyCodebase.WorstCase, LatencyCodebase.Realistic)]
    public string Codebase { get; set; } = LatencyCodebase.WorstCase;

    [GlobalSetup]
    public void Setup() => _trees = LatencyCodebase.Parse(Modules, Codebase);

    [Benchmark]
    public int CompilerOnly() => LatencyCodebase.Compile(_trees).GetDiagnostics().Length;

    [Benchmark(Baseline = true)]
    public Task<int> CompilerAndIdleAnalyzer() => RunAsync(Idle);

    [Benchmark]
    public Task<int> CompilerAndLatencyAnalyzer() => RunAsync(Latency);

    [Benchmark]
    public Task<int> WithBindingPeer() => RunAsync(Binding);

    [Benchmark]
    public Task<int> WithBindingPeerAndLatencyAnalyzer() => RunAsync(BindingAndLatency);

    /// <summary>One analysis by name, for instruction counts (<c>latency-once</c>): idle, latency, binding, binding+latency.</summary>
    public Task<int> Run(string analyzers) => analyzers switch
    {
        "idle" => CompilerAndIdleAnalyzer(),
        "latency" => CompilerAndLatencyAnalyzer(),
        "binding" => WithBindingPeer(),
        "binding+latency" => WithBindingPeerAndLatencyAnalyzer(),
        _ => throw new System.ArgumentException("Unknown analyzers: " + analyzers + " (idle, latency, binding or binding+latency)", nameof(analyzers)),
    };

    private async Task<int> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = LatencyCodebase.Compile(_trees).WithAnalyzers(analyzers, options);
        return (await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    // The peer of the benchmark only: it never ships, so the analyzer-packaging rules do not apply to it.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class IdleAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("IDLE0001", "Idle", "Idle", "Idle", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property);
                start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.LocalFunctionStatement);
            });
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
