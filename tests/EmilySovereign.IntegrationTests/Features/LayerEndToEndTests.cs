using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

[Collection(PackageCollection.Name)]
public sealed class LayerEndToEndTests(PackageFixture fixture)
{
    [Fact]
    public void A_forbidden_use_fails_the_build_with_ES1001_at_the_use()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("architecture.json", """
            {
              "layers": {
                "Instinct":  { "namespaces": ["Consumer.Instinct"], "mayUse": [] },
                "Cognition": { "namespaces": ["Consumer.Cognition"], "mayUse": ["Instinct"] }
              }
            }
            """);
        consumer.Write("src/Consumer/Code.cs", """
            namespace Consumer.Cognition
            {
                public sealed class Plan { }
            }

            namespace Consumer.Instinct
            {
                public sealed class Reflex
                {
                    public object Think() => new Consumer.Cognition.Plan();
                }
            }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES1001");
        Assert.Equal(("Code.cs", 10, 38, "error"), (diagnostic.FileName, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
        Assert.Contains("Instinct", diagnostic.Message);
        Assert.Contains("Cognition", diagnostic.Message);
    }

    [Fact]
    public void A_malformed_architecture_json_is_reported_inside_the_file()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("architecture.json", "{\n  \"layers\": {\n    \"Instinct\": { \"namespaces\": [\"A\"], \"mayUse\": [ }\n  }\n}\n");
        consumer.Write("src/Consumer/Code.cs", "namespace Consumer; public sealed class C { }");

        var build = consumer.Build();

        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES1002");
        Assert.Equal(("architecture.json", 3), (diagnostic.FileName, diagnostic.Line));
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.Output), d => d.Id == "AD0001");
    }

    [Fact]
    public void The_layer_graph_property_writes_layers_mmd_with_the_used_and_forbidden_edges()
    {
        using var consumer = GraphConsumer(forbiddenUseIsWarning: true);

        var build = consumer.Build("-p:EmilySovereignLayerGraph=true");

        Assert.True(build.ExitCode == 0, build.ToString());
        var graph = File.ReadAllText(Path.Combine(consumer.ProjectDirectory, "obj", "Debug", "net10.0", "layers.mmd"));
        Assert.StartsWith("flowchart", graph);
        Assert.Contains("[\"Instinct\"]", graph);
        Assert.Contains("[\"Cognition\"]", graph);
        Assert.Contains("L0 -.->|forbidden: 1 use| L1", graph);
        Assert.Contains("L1 ==>|1 use| L0", graph);
        Assert.Contains("linkStyle", graph);
    }

    [Fact]
    public void The_layer_graph_is_written_when_a_forbidden_use_fails_the_build()
    {
        using var consumer = GraphConsumer(forbiddenUseIsWarning: false);

        var build = consumer.Build("-p:EmilySovereignLayerGraph=true");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES1001" && d.Severity == "error");
        var graph = File.ReadAllText(Path.Combine(consumer.ProjectDirectory, "obj", "Debug", "net10.0", "layers.mmd"));
        Assert.Contains("L0 -.->|forbidden: 1 use| L1", graph);
    }

    private ConsumerProject GraphConsumer(bool forbiddenUseIsWarning)
    {
        var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        if (forbiddenUseIsWarning)
        {
            consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.ES1001.severity = warning\n");
        }

        consumer.Write("architecture.json", """
            {
              "layers": {
                "Instinct":  { "namespaces": ["Consumer.Instinct"], "mayUse": [] },
                "Cognition": { "namespaces": ["Consumer.Cognition"], "mayUse": ["Instinct"] }
              }
            }
            """);
        consumer.Write("src/Consumer/Code.cs", """
            namespace Consumer.Instinct { public sealed class Reflex { public Consumer.Cognition.Plan? Plan; } }
            namespace Consumer.Cognition { public sealed class Plan { public Consumer.Instinct.Reflex? Reflex; } }
            """);
        return consumer;
    }
}
