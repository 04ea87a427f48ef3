using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// The analyzer never throws (no AD0001) on half-typed code: every C# file of this repository's src/ folder, with a
/// budget on each class so the budget paths run, cut at many points.
/// </summary>
public sealed class TruncatedSourceTests
{
    private const int CutsPerFile = 12;

    public static TheoryData<string> SourceFiles()
    {
        var root = RepositoryPaths.Combine("src");
        return new TheoryData<string>(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .OrderBy(path => path, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public async Task Analyzer_does_not_throw_on_any_prefix_of_a_real_file(string relativePath)
    {
        var text = Budgeted(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath)));
        foreach (var cut in CutPoints(text.Length))
        {
            var failures = await AnalyzerFailuresAsync(text.Substring(0, cut));
            Assert.True(failures.Count == 0, $"{relativePath} cut at {cut}: {string.Join(Environment.NewLine, failures)}");
        }
    }

    [Fact]
    public async Task Analyzer_does_not_throw_on_prefixes_of_a_budgeted_sample()
    {
        const string sample = """
            using System; using System.IO; using System.Threading; using System.Threading.Tasks; using EmilySovereign;
            interface IGate { [LatencyBudget(50)] Task<int> OpenAsync(); }
            [LatencyBudget(50)]
            sealed class Gate : IGate
            {
                readonly object _sync = new();
                public async Task<int> OpenAsync() { lock (_sync) { } Thread.Sleep(1); A(); for (var i = 0; i < 3; i++) Slow(); return await Task.FromResult(1); }
                void A() { B(); File.ReadAllText("x"); } void B() => A();
                [LatencyBudget(200)] static void Slow() { Func<int> f = [LatencyBudget(0)] () => 1; }
            }
            """;
        for (var cut = 0; cut <= sample.Length; cut += 3)
            Assert.Empty(await AnalyzerFailuresAsync(sample.Substring(0, cut)));
    }

    private static string Budgeted(string text) => text
        .Replace("sealed class ", "[EmilySovereign.LatencyBudget(50)] sealed class ", StringComparison.Ordinal)
        .Replace("static class ", "[EmilySovereign.LatencyBudget(50)] static class ", StringComparison.Ordinal);

    private static IEnumerable<int> CutPoints(int length)
    {
        for (var i = 1; i <= CutsPerFile; i++)
            yield return length * i / CutsPerFile;
    }

    private static async Task<List<string>> AnalyzerFailuresAsync(string source)
    {
        var (diagnostics, exceptions) = await AnalyzerVerifier<LatencyBudgetAnalyzer>.AnalyzeAsync(new[] { source }, []);
        return exceptions.Select(e => e.ToString()).Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
    }
}
