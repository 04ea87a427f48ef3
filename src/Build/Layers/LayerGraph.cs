using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EmilySovereign.Architecture;
using EmilySovereign.Build.Diagnostics;

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
        foreach (var result in SarifLog.Results(sarif, "ES1005"))
        {
            if (SarifLog.MessageText(result) is { } message && EdgeMessage.Match(message) is { Success: true } match)
            {
                var key = (match.Groups["user"].Value, match.Groups["used"].Value);
                edges.TryGetValue(key, out var sum);
                edges[key] = sum + int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            }
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
}
