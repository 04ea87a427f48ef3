using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Latency;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Benchmarks.Latency;

/// <summary>
/// The latency analyzer beside the compiler in one run. <see cref="CompilerOnly"/> is the baseline: the compilation's
/// own diagnostics (binding every body). <see cref="CompilerAndLatencyAnalyzer"/> adds the analyzer; the ratio minus one
/// is the analyzer's share. <see cref="CompilerAndLatencyAnalyzerWithoutAttribute"/> shows the early return.
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter *LatencyAnalyzerBenchmarks*
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class LatencyAnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LatencyBudgetAnalyzer());

    private IReadOnlyList<SyntaxTree> _trees = null!;

    [Params(200)]
    public int Modules { get; set; }

    [GlobalSetup]
    public void Setup() => _trees = LatencyCodebase.Parse(Modules);

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => LatencyCodebase.Compile(_trees).GetDiagnostics().Length;

    [Benchmark]
    public Task<int> CompilerAndLatencyAnalyzer() => RunAsync(withRuntime: true);

    [Benchmark]
    public Task<int> CompilerAndLatencyAnalyzerWithoutAttribute() => RunAsync(withRuntime: false);

    private async Task<int> RunAsync(bool withRuntime)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var compilation = LatencyCodebase.Compile(_trees, withRuntime).WithAnalyzers(Analyzers, options);
        return (await compilation.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }
}
