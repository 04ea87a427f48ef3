using System.Collections.Generic;
using EmilySovereign.Architecture;
using EmilySovereign.Build.Layers;

namespace EmilySovereign.Build.Tests.Layers;

/// <summary>The Mermaid layer graph from architecture.json and the ES1005 results of a SARIF log.</summary>
public sealed class ES1005LayerGraphTests
{
    private const string Architecture = """
        { "layers": {
            "Instinct":      { "namespaces": ["I.*"], "mayUse": ["NervousSystem"] },
            "Cognition":     { "namespaces": ["C.*"], "mayUse": ["Instinct", "NervousSystem"] },
            "NervousSystem": { "namespaces": ["N.*"], "mayUse": [] } } }
        """;

    private const string Sarif21 = """
        { "version": "2.1.0", "runs": [ { "results": [
            { "ruleId": "ES1001", "level": "error", "message": { "text": "whatever" } },
            { "ruleId": "ES1005", "level": "note", "message": { "text": "Layer graph edge: Instinct -> NervousSystem, 4 uses" } },
            { "ruleId": "ES1005", "level": "note", "message": { "text": "Layer graph edge: Instinct -> Cognition, 1 uses" } }
        ] } ] }
        """;

    [Fact]
    public void Used_edges_are_read_from_sarif_2_1_and_1_0()
    {
        var edges = LayerGraph.ReadUsedEdges(Sarif21);
        Assert.Equal(new Dictionary<(string, string), int> { [("Instinct", "NervousSystem")] = 4, [("Instinct", "Cognition")] = 1 }, edges);

        var v1 = LayerGraph.ReadUsedEdges("""{ "runLogs": [ { "results": [ { "ruleId": "ES1005", "message": "Layer graph edge: A -> B, 2 uses" } ] } ] }""");
        Assert.Equal(2, v1[("A", "B")]);
    }

    [Fact]
    public void Mermaid_marks_allowed_used_and_forbidden_edges()
    {
        var layers = ArchitectureParser.Parse(Architecture).Layers;
        var mermaid = LayerGraph.ToMermaid(layers, LayerGraph.ReadUsedEdges(Sarif21));

        Assert.Equal(
            """
            flowchart TD
                L0["Instinct"]
                L1["Cognition"]
                L2["NervousSystem"]
                L0 -.->|forbidden: 1 use| L1
                L0 ==>|4 uses| L2
                L1 -->|may use| L0
                L1 -->|may use| L2
                linkStyle 0 stroke:#d33,stroke-width:2px,color:#d33

            """.Replace("\r\n", "\n"),
            mermaid);
    }
}
