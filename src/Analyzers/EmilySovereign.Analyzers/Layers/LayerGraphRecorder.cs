using System.Threading;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// With <c>-p:EmilySovereignLayerGraph=true</c>: counts the uses between every pair of layers and reports each used
/// edge once at the end of the compilation (ES1005), for the build task that draws <c>layers.mmd</c> (ADR 032).
/// </summary>
internal sealed class LayerGraphRecorder
{
    public const string EnabledProperty = "build_property.EmilySovereignLayerGraph";

    private readonly LayerRules _rules;
    private readonly int[] _uses;

    public LayerGraphRecorder(LayerRules rules)
    {
        _rules = rules;
        _uses = new int[rules.Count * rules.Count];
    }

    public static bool IsEnabled(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(EnabledProperty, out var value) &&
        string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts a use between two layers; uses within a layer or with code in no layer are not edges.</summary>
    public void Record(int user, int used)
    {
        if (user != LayerRules.None && used != LayerRules.None && user != used)
        {
            Interlocked.Increment(ref _uses[(user * _rules.Count) + used]);
        }
    }

    public void Report(CompilationAnalysisContext context)
    {
        for (var user = 0; user < _rules.Count; user++)
        {
            for (var used = 0; used < _rules.Count; used++)
            {
                var count = Volatile.Read(ref _uses[(user * _rules.Count) + used]);
                if (count > 0)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.LayerGraphEdge, Location.None, _rules.Names[user], _rules.Names[used], count));
                }
            }
        }
    }
}
