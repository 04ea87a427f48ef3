using System.Collections.Generic;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Diagnostics;

/// <summary>
/// The compiler's SARIF log (-errorlog, version 1.0 or 2.1): the results one rule reported, and their message text.
/// The layer graph (ES1005), the baseline (ES6301) and the observability files (ES4004) all read their input this way.
/// </summary>
internal static class SarifLog
{
    /// <summary>Every object of the log whose <c>ruleId</c> is <paramref name="ruleId"/>; none when the log is not JSON.</summary>
    public static List<JsonObject> Results(string sarif, string ruleId)
    {
        var results = new List<JsonObject>();
        if (JsonReader.TryRead(sarif, out var root) is null)
            Collect(root!, ruleId, results);
        return results;
    }

    /// <summary>A result's message: SARIF 1.0 writes it as a string, 2.1 as an object with "text".</summary>
    public static string? MessageText(JsonObject result)
    {
        foreach (var property in result.Properties)
        {
            if (property.Name != "message")
                continue;
            if (property.Value is JsonString text)
                return text.Value;
            if (property.Value is JsonObject message)
            {
                foreach (var inner in message.Properties)
                {
                    if (inner.Name == "text" && inner.Value is JsonString innerText)
                        return innerText.Value;
                }
            }
        }

        return null;
    }

    private static void Collect(JsonValue value, string ruleId, List<JsonObject> results)
    {
        if (value is JsonArray array)
        {
            foreach (var item in array.Items)
                Collect(item, ruleId, results);
            return;
        }

        if (value is not JsonObject obj)
            return;
        var matches = false;
        foreach (var property in obj.Properties)
        {
            if (property.Name == "ruleId")
                matches |= property.Value is JsonString id && id.Value == ruleId;
            else
                Collect(property.Value, ruleId, results);
        }

        if (matches)
            results.Add(obj);
    }
}
