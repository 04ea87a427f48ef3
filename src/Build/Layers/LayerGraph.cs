using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EmilySovereign.Architecture;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Layers;

/// <summary>
/// The layer graph as Mermaid: declared layers, allowed edges (thin), used allowed edges (thick, with their count),
/// and used forbidden edges (dotted, red). The used edges come from the compiler's SARIF log, where the layer analyzer
/// reports each as ES1005 (ADR 032).
/// </summary>
internal static class LayerGraph
{
    private static readonly Regex EdgeMessage = new(@"^Layer graph edge: (?<user>.+) -> (?<used>.+), (?<count>\d+) uses$", RegexOptions.CultureInvariant);

    /// <summary>Used edges (user, used) → count, read from a SARIF 1.0 or 2.1 log.</summary>
    public static Dictionary<(string User, string Used), int> ReadUsedEdges(string sarif)
    {
        var edges = new Dictionary<(string, string), int>();
        if (JsonReader.TryRead(sarif, out var root) is null)
        {
            Collect(root!, edges);
        }

        return edges;
    }

    public static string ToMermaid(IReadOnlyList<LayerDeclaration> layers, IReadOnlyDictionary<(string User, string Used), int> used)
    {
        var rules = new LayerRules(layers);
        var text = new StringBuilder("flowchart TD\n");
        for (var i = 0; i < rules.Count; i++)
        {
            text.Append("    L").Append(i).Append("[\"").Append(rules.Names[i]).Append("\"]\n");
        }

        var edge = 0;
        var forbidden = new List<int>();
        for (var user = 0; user < rules.Count; user++)
        {
            for (var target = 0; target < rules.Count; target++)
            {
                if (user == target)
                {
                    continue;
                }

                var isUsed = used.TryGetValue((rules.Names[user], rules.Names[target]), out var count);
                var isAllowed = rules.MayUse(user, target);
                if (!isUsed && !isAllowed)
                {
                    continue;
                }

                var uses = count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " use" : " uses");
                var arrow = !isUsed ? " -->|may use| " : isAllowed ? " ==>|" + uses + "| " : " -.->|forbidden: " + uses + "| ";
                text.Append("    L").Append(user).Append(arrow).Append('L').Append(target).Append('\n');
                if (isUsed && !isAllowed)
                {
                    forbidden.Add(edge);
                }

                edge++;
            }
        }

        foreach (var index in forbidden)
        {
            text.Append("    linkStyle ").Append(index).Append(" stroke:#d33,stroke-width:2px,color:#d33\n");
        }

        return text.ToString();
    }

    private static void Collect(JsonValue value, Dictionary<(string, string), int> edges)
    {
        if (value is JsonArray array)
        {
            foreach (var item in array.Items)
            {
                Collect(item, edges);
            }

            return;
        }

        if (value is not JsonObject obj)
        {
            return;
        }

        string? ruleId = null;
        string? message = null;
        foreach (var property in obj.Properties)
        {
            if (property.Name == "ruleId" && property.Value is JsonString id)
            {
                ruleId = id.Value;
            }
            else if (property.Name == "message")
            {
                message = MessageText(property.Value);
            }
            else
            {
                Collect(property.Value, edges);
            }
        }

        if (ruleId == "ES1005" && message is not null && EdgeMessage.Match(message) is { Success: true } match)
        {
            var key = (match.Groups["user"].Value, match.Groups["used"].Value);
            edges.TryGetValue(key, out var sum);
            edges[key] = sum + int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        }
    }

    // SARIF 1.0 writes the message as a string; 2.1 as an object with "text".
    private static string? MessageText(JsonValue value)
    {
        if (value is JsonString text)
        {
            return text.Value;
        }

        if (value is JsonObject obj)
        {
            foreach (var property in obj.Properties)
            {
                if (property.Name == "text" && property.Value is JsonString inner)
                {
                    return inner.Value;
                }
            }
        }

        return null;
    }
}
