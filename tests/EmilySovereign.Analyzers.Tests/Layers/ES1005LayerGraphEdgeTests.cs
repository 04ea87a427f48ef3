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
}
