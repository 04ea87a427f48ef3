using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// ES1002: every malformed file gets exactly one diagnostic at its line and column inside the JSON, and no layer rule
/// runs after it (the sources below break every rule of a valid file and stay quiet).
/// </summary>
public sealed class ES1002ArchitectureFileInvalidTests
{
    private const string NoisySource = """
        namespace Emily.Instinct
        {
            [EmilySovereign.Layer("Nowhere")]
            public class Reflex { private Emily.Cognition.Planner? _planner; }
        }

        namespace Emily.Cognition
        {
            public class Planner { }
        }
        """;

    public static TheoryData<string, string, int, int, int, int, string> Cases() => new()
    {
        { "trailing comma", "{\n  \"layers\": {\n    \"A\": { \"namespaces\": [\"X\"], }\n  }\n}", 3, 33, 3, 34, "Trailing comma before '}'" },
        { "unterminated string", "{\n  \"layers\": {\n    \"A\": { \"namespaces\": [\"X\n", 3, 29, 4, 1, "Unterminated string" },
        { "missing colon", "{ \"layers\" {} }", 1, 12, 1, 13, "Expected ':' after the property name" },
        { "unquoted key", "{ layers: {} }", 1, 3, 1, 4, "Expected a property name in double quotes" },
        { "text after the document", "{ \"layers\": {} } x", 1, 18, 1, 19, "Unexpected text after the end of the JSON document" },
        { "bad literal", "{ \"layers\": tru }", 1, 13, 1, 14, "Unexpected character 't'; expected a value" },
        { "leading zero", "{ \"layers\": {}, \"$schema\": 01 }", 1, 28, 1, 29, "Numbers must not have leading zeros" },
        { "root is an array", "[]", 1, 1, 1, 3, "The root of architecture.json must be an object with a \"layers\" property" },
        { "missing layers", "{ }", 1, 1, 1, 2, "Missing property \"layers\"" },
        { "unknown root property", "{\n  \"layers\": {},\n  \"layer\": {}\n}", 3, 3, 3, 10, "Unknown property \"layer\"; expected \"layers\" or \"$schema\"" },
        { "layers is not an object", "{ \"layers\": [] }", 1, 13, 1, 15, "\"layers\" must be an object mapping layer names to layers" },
        { "layer is not an object", "{ \"layers\": { \"A\": [] } }", 1, 20, 1, 22, "Layer \"A\" must be an object with \"namespaces\" and \"mayUse\"" },
        { "unknown layer property", "{\n  \"layers\": {\n    \"A\": { \"namespaces\": [\"X\"], \"mayuse\": [] }\n  }\n}", 3, 33, 3, 41, "Unknown property \"mayuse\" in layer \"A\"; expected \"namespaces\", \"mayUse\" or \"description\"" },
        { "namespaces is not an array", "{ \"layers\": { \"A\": { \"namespaces\": \"X\" } } }", 1, 36, 1, 39, "\"namespaces\" of layer \"A\" must be an array of strings" },
        { "pattern is not a string", "{ \"layers\": { \"A\": { \"namespaces\": [1] } } }", 1, 37, 1, 38, "\"namespaces\" of layer \"A\" must contain only strings" },
        { "empty pattern", "{ \"layers\": { \"A\": { \"namespaces\": [\"\"] } } }", 1, 37, 1, 39, "A namespace pattern must not be empty" },
        { "star inside a pattern", "{\n  \"layers\": {\n    \"A\": { \"namespaces\": [\"Foo*Bar\"] }\n  }\n}", 3, 27, 3, 36, "Namespace pattern 'Foo*Bar' may use '*' only as a final '.*'" },
        { "pattern with an empty part", "{ \"layers\": { \"A\": { \"namespaces\": [\"Foo..Bar\"] } } }", 1, 37, 1, 47, "Namespace pattern 'Foo..Bar' is not a dotted namespace name (optionally ending in '.*')" },
        { "mayUse is not an array", "{ \"layers\": { \"A\": { \"mayUse\": \"B\" } } }", 1, 32, 1, 35, "\"mayUse\" of layer \"A\" must be an array of strings" },
        { "empty mayUse name", "{ \"layers\": { \"A\": { \"mayUse\": [\"\"] } } }", 1, 33, 1, 35, "A layer name in \"mayUse\" must not be empty" },
        { "duplicate layer", "{ \"layers\": { \"A\": {}, \"A\": {} } }", 1, 24, 1, 27, "Layer \"A\" is declared twice" },
        { "empty layer name", "{ \"layers\": { \"\": {} } }", 1, 15, 1, 17, "A layer name must not be empty" },
        { "empty file", "", 1, 1, 1, 1, "The file is empty; expected a JSON object" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Malformed_file_is_reported_once_inside_the_file(
        string kind, string json, int startLine, int startColumn, int endLine, int endColumn, string message)
    {
        _ = kind;
        var test = LayerTestSources.Test(json, NoisySource);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ArchitectureFileInvalid)
            .WithSpan(LayerTestSources.ArchitecturePath, startLine, startColumn, endLine, endColumn)
            .WithArguments(message));
        await test.RunAsync();
    }

    [Fact]
    public async Task Schema_and_description_properties_are_accepted()
    {
        var test = LayerTestSources.Test("""
            {
              "$schema": "https://example.org/architecture.schema.json",
              "layers": { "A": { "description": "the core", "namespaces": ["A.*"], "mayUse": [] } }
            }
            """, "namespace A { public class Core { } }");
        await test.RunAsync();
    }
}
