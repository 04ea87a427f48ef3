using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Analyzers.Flags;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Analyzers.Metrics;
using EmilySovereign.Benchmarks.Shared;
using EmilySovereign.Generators.Flags;
using EmilySovereign.Generators.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Scale;

/// <summary>
/// <c>scale-once &lt;types&gt; &lt;sets&gt; &lt;runs&gt;</c>: the everything-at-once codebase analyzed in one process, each run
/// on a fresh compilation, by the binding peer alone (<c>peer</c>) or beside one or all of our analyzers (<c>latency</c>,
/// <c>layers</c>, <c>adr</c>, <c>ours</c>; <c>flags</c> and <c>metrics</c>, which this codebase does not use), or after
/// the flag and metrics generators ran (<c>generators</c>), sets separated by commas and alternated. Prints each run's CPU time: the ratio of a set to <c>peer</c> is what our analyzers add to a build whose other
/// analyzers bind every body anyway, which ReportAnalyzer cannot show (it charges binding to whoever binds first).
/// </summary>
public static class ScaleAnalysis
{
    public static void Run(int types, string sets, int runs)
    {
        var trees = ParseSources(types);
        var files = ScaleCodebase.Adrs().Select(adr => (AdditionalText)new InMemoryText("/scale/docs/adr/" + adr.Name, adr.Text))
            .Append(new InMemoryText("/scale/architecture.json", Layers.LayeredCodebase.Architecture))
            .ToImmutableArray();
        var references = References();

        for (var run = 0; run < runs; run++)
        {
            foreach (var set in sets.Split(','))
            {
                Compilation compilation = Compile(trees, references);
                var analyzers = Analyzers(set);
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                if (set == "generators")
                    compilation = AfterFlagAndMetricsGenerators(compilation);

                var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var ours = diagnostics.Count(d => d.Id.StartsWith("ES", StringComparison.Ordinal));
                Console.WriteLine($"{set} {cpu.TotalMilliseconds:0} ms CPU, {allocated / 1e6:0.0} MB allocated, {ours} ES diagnostics");
            }
        }
    }

    /// <summary>The codebase's sources, parsed as the compiler would.</summary>
    public static SyntaxTree[] ParseSources(int types)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        return ScaleCodebase.Sources(types).Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"/scale/File{i}.cs")).ToArray();
    }

    /// <summary>A fresh compilation of the codebase, single-threaded so that CPU time is the analysis's own.</summary>
    public static CSharpCompilation Compile(SyntaxTree[] trees, MetadataReference[] references) =>
        CSharpCompilation.Create("Scale", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));

    /// <summary>The compilation as the flag and metrics generators leave it.</summary>
    public static Compilation AfterFlagAndMetricsGenerators(Compilation compilation)
    {
        var generators = new[] { new FeatureFlagsGenerator().AsSourceGenerator(), new MetricsGenerator().AsSourceGenerator() };
        CSharpGeneratorDriver.Create(generators).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>The framework's System assemblies and the runtime, whose attributes the codebase uses.</summary>
    public static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(LatencyBudgetAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers(string set)
    {
        var list = new List<DiagnosticAnalyzer> { new BindingPeerAnalyzer() };
        if (set is "latency" or "ours")
            list.Add(new LatencyBudgetAnalyzer());
        if (set is "layers" or "ours")
            list.Add(new LayerAnalyzer());
        if (set is "flags")
            list.Add(new FeatureFlagAnalyzer());
        if (set is "metrics")
            list.Add(new MetricsAnalyzer());
        if (set is "adr" or "ours")
            list.Add(new AdrAnalyzer());
        return list.ToImmutableArray();
    }
}
