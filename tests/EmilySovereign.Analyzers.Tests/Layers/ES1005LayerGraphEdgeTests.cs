using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>ES1005: with the layer graph switched on, every used edge between layers is reported once, with its count.</summary>
public sealed class ES1005LayerGraphEdgeTests
{
    private const string Source = """
        namespace Emily.NervousSystem.Wires { public class Wire { } }
        namespace Emily.Cognition { public class Planner { } }
        namespace Emily.Instinct
        {
            public class Reflex
            {
                private Emily.NervousSystem.Wires.Wire? _a;
                private Emily.NervousSystem.Wires.Wire? _b;
                private {|#0:Emily.Cognition.Planner|}? _c;
                private Reflex? _self;
            }
        }
        """;

    [Fact]
    public async Task Used_edges_are_reported_with_their_counts_when_the_graph_is_on()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.EmilySovereignLayerGraph = true\n"));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", "NervousSystem"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Instinct", "Cognition", 1));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Instinct", "NervousSystem", 2));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_edges_are_reported_by_default()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, Source);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", "NervousSystem"));
        await test.RunAsync();
    }

    /// <summary>
    /// Every layer may use every other here, so no rule can be broken: the graph alone needs each name bound, and each
    /// edge lands in its own cell (users past the first layer, an unlayered member with a layered name, a layer's own code).
    /// </summary>
    [Fact]
    public async Task Without_any_restriction_the_graph_still_counts_every_edge_in_its_own_cell()
    {
        const string open = """
            {
              "layers": {
                "Core": { "namespaces": ["App.Core"], "mayUse": ["Ui", "Data"] },
                "Ui":   { "namespaces": ["App.Ui"],   "mayUse": ["Core", "Data"] },
                "Data": { "namespaces": ["App.Data"], "mayUse": ["Core", "Ui"] }
              }
            }
            """;
        const string source = """
            namespace Shared { public class Registry { public int Screen => 1; } }
            namespace App.Core { public class Engine { public App.Data.Table? Rows; public int Count => Rows is null ? new Shared.Registry().Screen : 0; } }
            namespace App.Ui { public class Screen { public App.Core.Engine? A; public App.Core.Engine? B; public App.Data.Table? C; public Screen? Self; } }
            namespace App.Data { public class Table { public App.Ui.Screen? Shown; } }
            """;
        var test = LayerTestSources.Test(open, source);
        test.DisabledDiagnostics.Add(DiagnosticIds.LayerCycle); // every layer uses every other: cycles by design
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.EmilySovereignLayerGraph = true\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Core", "Data", 1));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Ui", "Core", 2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Ui", "Data", 1));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerGraphEdge).WithArguments("Data", "Ui", 1));
        await test.RunAsync();
    }
}
