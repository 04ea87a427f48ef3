using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Observability;

/// <summary>
/// Reads the metrics catalog from the compiler's SARIF log: each ES4004 result's message is
/// <c>Metric catalog entry: {json}</c> (ADR 060). Entries are sorted by name and deduplicated (multi-targeting
/// builds and repeated logs report the same metric more than once).
/// </summary>
internal static class CatalogReader
{
    private const string Prefix = "Metric catalog entry: ";

    public static IReadOnlyList<CatalogMetric> Read(string sarif)
    {
        var metrics = new List<CatalogMetric>();
        foreach (var result in SarifLog.Results(sarif, "ES4004"))
        {
            if (SarifLog.MessageText(result) is { } message && message.StartsWith(Prefix, StringComparison.Ordinal)
                && JsonReader.TryRead(message.Substring(Prefix.Length), out var entry) is null && entry is JsonObject fields
                && ToMetric(fields) is { } metric)
            {
                metrics.Add(metric);
            }
        }

        return metrics
            .GroupBy(m => (m.Name, m.Member))
            .Select(g => g.First())
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Member, StringComparer.Ordinal)
            .ToList();
    }

    private static CatalogMetric? ToMetric(JsonObject fields)
    {
        var name = Text(fields, "name");
        var kind = Text(fields, "kind");
        if (name is null || kind is null)
            return null;
        double? budget = Field(fields, "budgetMilliseconds") is JsonLiteral { Kind: JsonKind.Number } number
            && double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : null;
        var tags = new List<CatalogTag>();
        if (Field(fields, "tags") is JsonArray tagArray)
        {
            foreach (var item in tagArray.Items.OfType<JsonObject>())
            {
                var values = Field(item, "values") is JsonArray valueArray ? valueArray.Items.OfType<JsonString>().Select(s => s.Value).ToList() : new List<string>();
                if (Text(item, "name") is { } tagName)
                    tags.Add(new CatalogTag(tagName, values));
            }
        }

        return new CatalogMetric(name, kind, Text(fields, "unit"), Text(fields, "description"), Text(fields, "meter") ?? string.Empty,
            budget, Text(fields, "member") ?? string.Empty, Text(fields, "file") ?? string.Empty, tags);
    }

    private static JsonValue? Field(JsonObject obj, string name) => obj.Properties.FirstOrDefault(p => p.Name == name)?.Value;

    private static string? Text(JsonObject obj, string name) => Field(obj, name) is JsonString text ? text.Value : null;
}
