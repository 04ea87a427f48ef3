using System.Collections.Generic;
using EmilySovereign.Json;

namespace EmilySovereign.Architecture;

/// <summary>
/// Turns the text of <c>architecture.json</c> into layers, checking the shape strictly: the first shape error is the
/// one problem reported (ES1002), since anything after it would be noise. A valid file is then checked for unknown
/// <c>mayUse</c> names (ES1003) and cycles (ES1004).
/// </summary>
internal static class ArchitectureParser
{
    public static ArchitectureFile Parse(string text)
    {
        var syntaxError = JsonReader.TryRead(text, out var root);
        if (syntaxError is not null)
        {
            return Malformed(syntaxError.Message, syntaxError.Span);
        }

        var layers = new List<LayerDeclaration>();
        var shapeError = ReadRoot(root!, layers);
        if (shapeError is not null)
        {
            return new ArchitectureFile(new LayerDeclaration[0], new[] { shapeError });
        }

        var problems = new List<ArchitectureProblem>();
        AddUnknownNames(layers, problems);
        LayerCycles.AddCycles(layers, problems);
        return new ArchitectureFile(layers, problems);
    }

    private static ArchitectureFile Malformed(string message, JsonSpan span) =>
        new(new LayerDeclaration[0], new[] { new ArchitectureProblem(ArchitectureProblemKind.Malformed, message, span) });

    private static ArchitectureProblem Problem(string message, JsonSpan span) =>
        new(ArchitectureProblemKind.Malformed, message, span);

    private static ArchitectureProblem? ReadRoot(JsonValue root, List<LayerDeclaration> layers)
    {
        if (root is not JsonObject rootObject)
        {
            return Problem("The root of architecture.json must be an object with a \"layers\" property", root.Span);
        }

        JsonObject? layersObject = null;
        var seen = new HashSet<string>();
        foreach (var property in rootObject.Properties)
        {
            if (!seen.Add(property.Name))
            {
                return Problem($"Property \"{property.Name}\" appears twice", property.NameSpan);
            }

            switch (property.Name)
            {
                case "$schema":
                    if (property.Value.Kind != JsonKind.String)
                    {
                        return Problem("\"$schema\" must be a string", property.Value.Span);
                    }

                    break;
                case "layers":
                    layersObject = property.Value as JsonObject;
                    if (layersObject is null)
                    {
                        return Problem("\"layers\" must be an object mapping layer names to layers", property.Value.Span);
                    }

                    break;
                default:
                    return Problem($"Unknown property \"{property.Name}\"; expected \"layers\" or \"$schema\"", property.NameSpan);
            }
        }

        if (layersObject is null)
        {
            return Problem("Missing property \"layers\"", new JsonSpan(rootObject.Span.Start, 1, rootObject.Span.Line, rootObject.Span.Column));
        }

        var names = new HashSet<string>();
        foreach (var property in layersObject.Properties)
        {
            if (property.Name.Trim().Length == 0)
            {
                return Problem("A layer name must not be empty", property.NameSpan);
            }

            if (!names.Add(property.Name))
            {
                return Problem($"Layer \"{property.Name}\" is declared twice", property.NameSpan);
            }

            var error = ReadLayer(property, layers);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static ArchitectureProblem? ReadLayer(JsonProperty layer, List<LayerDeclaration> layers)
    {
        if (layer.Value is not JsonObject body)
        {
            return Problem($"Layer \"{layer.Name}\" must be an object with \"namespaces\" and \"mayUse\"", layer.Value.Span);
        }

        var patterns = new List<NamespacePattern>();
        var mayUse = new List<LayerNameRef>();
        var seen = new HashSet<string>();
        foreach (var property in body.Properties)
        {
            if (!seen.Add(property.Name))
            {
                return Problem($"Property \"{property.Name}\" appears twice in layer \"{layer.Name}\"", property.NameSpan);
            }

            ArchitectureProblem? error;
            switch (property.Name)
            {
                case "namespaces":
                    error = ReadStrings(property, layer.Name, (value, span) =>
                    {
                        var invalid = NamespacePattern.Validate(value);
                        if (invalid is not null)
                        {
                            return invalid;
                        }

                        patterns.Add(new NamespacePattern(value, span));
                        return null;
                    });
                    break;
                case "mayUse":
                    error = ReadStrings(property, layer.Name, (value, span) =>
                    {
                        if (value.Trim().Length == 0)
                        {
                            return "A layer name in \"mayUse\" must not be empty";
                        }

                        mayUse.Add(new LayerNameRef(value, span));
                        return null;
                    });
                    break;
                case "description":
                    error = property.Value.Kind == JsonKind.String ? null : Problem("\"description\" must be a string", property.Value.Span);
                    break;
                default:
                    error = Problem($"Unknown property \"{property.Name}\" in layer \"{layer.Name}\"; expected \"namespaces\", \"mayUse\" or \"description\"", property.NameSpan);
                    break;
            }

            if (error is not null)
            {
                return error;
            }
        }

        layers.Add(new LayerDeclaration(new LayerNameRef(layer.Name, layer.NameSpan), patterns, mayUse));
        return null;
    }

    /// <summary>Reads an array of strings, handing each to <paramref name="accept"/>, which returns an error text or null.</summary>
    private static ArchitectureProblem? ReadStrings(JsonProperty property, string layer, System.Func<string, JsonSpan, string?> accept)
    {
        if (property.Value is not JsonArray array)
        {
            return Problem($"\"{property.Name}\" of layer \"{layer}\" must be an array of strings", property.Value.Span);
        }

        foreach (var item in array.Items)
        {
            if (item is not JsonString text)
            {
                return Problem($"\"{property.Name}\" of layer \"{layer}\" must contain only strings", item.Span);
            }

            var error = accept(text.Value, text.Span);
            if (error is not null)
            {
                return Problem(error, text.Span);
            }
        }

        return null;
    }

    private static void AddUnknownNames(List<LayerDeclaration> layers, List<ArchitectureProblem> problems)
    {
        var declared = new List<string>(layers.Count);
        foreach (var layer in layers)
        {
            declared.Add(layer.Name.Name);
        }

        foreach (var layer in layers)
        {
            foreach (var used in layer.MayUse)
            {
                if (!declared.Contains(used.Name))
                {
                    problems.Add(new ArchitectureProblem(
                        ArchitectureProblemKind.UnknownLayer,
                        LayerNameSuggestions.UnknownLayerMessage(used.Name, declared),
                        used.Span));
                }
            }
        }
    }
}
