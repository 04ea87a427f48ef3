using System.Collections.Generic;
using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Doctor;

/// <summary>
/// Reads the small pin files (global.json, dotnet-tools.json) with the shared reader. Comments and trailing commas
/// pass, as the dotnet CLI accepts them in global.json; anything else unreadable is one ES6207 finding with its
/// line and column.
/// </summary>
internal static class PinFile
{
    public static JsonValue? Read(string path, string name, List<DoctorFinding> findings)
    {
        var error = JsonReader.TryRead(File.ReadAllText(path), JsonReaderOptions.Lenient, out var value);
        if (error is null)
            return value;
        findings.Add(new DoctorFinding(
            BuildRules.PinFileUnreadable,
            path,
            $"{name} cannot be read: line {error.Span.Line + 1}, column {error.Span.Column + 1}: {error.Message}"));
        return null;
    }

    /// <summary>The string at the end of a path of property names, or null when any step is missing or not an object.</summary>
    public static string? GetString(JsonValue? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = (node as JsonObject)?.Get(key);
        }

        return (node as JsonString)?.Value;
    }
}
