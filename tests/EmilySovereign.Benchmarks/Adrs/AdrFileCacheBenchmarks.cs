using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Adrs;

/// <summary>
/// What the analyzers pay per compilation for 20 ADR files: parsing them (a changed folder) against finding the
/// parses by checksum (the usual keystroke, where the ADR files did not change).
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter '*AdrFileCache*' --job short
/// </summary>
[MemoryDiagnoser]
public class AdrFileCacheBenchmarks
{
    private AnalyzerOptions _unchanged = null!;
    private AnalyzerOptions _changedA = null!;
    private AnalyzerOptions _changedB = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _unchanged = Folder("u", "Accepted");
        _changedA = Folder("c", "Accepted");
        _changedB = Folder("c", "Proposed");
        AdrFileCache.FindAll(_unchanged, CancellationToken.None);
    }

    [Benchmark(Baseline = true, Description = "ADR files changed: parse all")]
    public int Parse()
    {
        _flip = !_flip;
        return AdrFileCache.FindAll(_flip ? _changedA : _changedB, CancellationToken.None).Length;
    }

    [Benchmark(Description = "ADR files unchanged: checksum hits")]
    public int CacheHit() => AdrFileCache.FindAll(_unchanged, CancellationToken.None).Length;

    private static AnalyzerOptions Folder(string root, string status) =>
        new(Enumerable.Range(1, 20)
            .Select(n => (AdditionalText)new InMemoryText(
                $"/{root}/docs/adr/{n:0000}-decision-{n}.md",
                $"# ADR {n:000}: Decision number {n}\n\nStatus: {status}\nDate: 2026-11-25\nContext: {new string('c', 600)}\nDecision: {new string('d', 600)}\nConsequences: {new string('e', 400)}\n"))
            .ToImmutableArray());
}
