using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Latency;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Benchmarks.Latency;

/// <summary>
/// The latency analyzer beside the compiler in one run, each on a fresh compilation of the generated codebase.
/// <see cref="CompilerAndSuppressedAnalyzer"/> is the baseline: the compilation's own diagnostics (binding every body)
/// through the analyzer driver with the analyzer's rules all suppressed (the driver then skips it), so the driver's own
/// cost is on both sides.
/// <see cref="CompilerAndLatencyAnalyzer"/> adds the latency analyzer: its ratio minus one is the analyzer's share.
/// <see cref="CompilerOnly"/> shows the driver's cost.
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter *LatencyAnalyzerBenchmarks*
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class LatencyAnalyzerBenchmarks
{
    private static readonly LatencyBudgetAnalyzer Analyzer = new();

    private IReadOnlyList<SyntaxTree> _trees = null!;

    [Params(200)]
    public int Modules { get; set; }

    [GlobalSetup]
    public void Setup() => _trees = LatencyCodebase.Parse(Modules);

    [Benchmark]
    public int CompilerOnly() => LatencyCodebase.Compile(_trees).GetDiagnostics().Length;

    [Benchmark(Baseline = true)]
    public Task<int> CompilerAndSuppressedAnalyzer() => RunAsync(suppressed: true);

    [Benchmark]
    public Task<int> CompilerAndLatencyAnalyzer() => RunAsync(suppressed: false);

    private async Task<int> RunAsync(bool suppressed)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var compilation = LatencyCodebase.Compile(_trees);
        if (suppressed)
        {
            var off = Analyzer.SupportedDiagnostics.ToImmutableDictionary(d => d.Id, _ => ReportDiagnostic.Suppress);
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(off));
        }

        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(Analyzer), options);
        return (await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }
}
