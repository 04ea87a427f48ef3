using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>ES1003: undeclared layer names in mayUse (inside the JSON) and in [Layer] (at the argument), with a suggestion.</summary>
public sealed class ES1003UnknownLayerTests
{
    [Fact]
    public async Task Unknown_mayUse_name_is_reported_inside_the_file_with_a_suggestion()
    {
        const string Json = """
            {
              "layers": {
                "Cognition": { "namespaces": ["C.*"], "mayUse": [] },
                "Instinct":  { "namespaces": ["I.*"], "mayUse": ["Cognitoin"] }
              }
            }
            """;
        var test = LayerTestSources.Test(Json, "namespace I { public class Reflex { } }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownLayer)
            .WithSpan(LayerTestSources.ArchitecturePath, 4, 54, 4, 65)
            .WithArguments("Layer 'Cognitoin' is not declared in architecture.json; did you mean 'Cognition'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_name_in_a_type_attribute_is_reported_at_the_argument()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Instinct
            {
                [EmilySovereign.Layer({|#0:"instinct"|})]
                public class Reflex { }

                [EmilySovereign.Layer({|#1:"Database"|})]
                public class Store { }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownLayer).WithLocation(0)
            .WithArguments("Layer 'instinct' is not declared in architecture.json; did you mean 'Instinct'?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownLayer).WithLocation(1)
            .WithArguments("Layer 'Database' is not declared in architecture.json; declared layers: Instinct, Cognition, NervousSystem, Mind"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_name_in_the_assembly_attribute_is_reported_once_and_falls_back_to_namespaces()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            [assembly: EmilySovereign.Layer({|#0:"NervousSytem"|})]

            namespace Emily.Instinct
            {
                public class Reflex { private {|#1:Emily.Cognition.Planner|}? _planner; }
            }

            namespace Emily.Cognition
            {
                public class Planner { }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownLayer).WithLocation(0)
            .WithArguments("Layer 'NervousSytem' is not declared in architecture.json; did you mean 'NervousSystem'?"));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", "NervousSystem"));
        await test.RunAsync();
    }

    // The assembly's attributes are bound only when a file may name [Layer] on the assembly: these are the ways it can.
    [Theory]
    [InlineData("[assembly: EmilySovereign.LayerAttribute({|#0:\"Nervous\"|})]", "")]
    [InlineData("[assembly: global::EmilySovereign.Layer({|#0:\"Nervous\"|})]", "")]
    [InlineData("using L = EmilySovereign.LayerAttribute;\n[assembly: L({|#0:\"Nervous\"|})]", "")]
    [InlineData("[assembly: L({|#0:\"Nervous\"|})]", "global using L = EmilySovereign.LayerAttribute;")]
    public async Task Unknown_name_on_the_assembly_is_reported_however_the_attribute_is_named(string attribute, string otherFile)
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, attribute + "\nnamespace Emily.Instinct { public class Reflex { } }\n", otherFile);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownLayer).WithLocation(0)
            .WithArguments("Layer 'Nervous' is not declared in architecture.json; declared layers: Instinct, Cognition, NervousSystem, Mind"));
        await test.RunAsync();
    }
}
