using System;
using System.Collections.Generic;

namespace EmilySovereign.Architecture;

/// <summary>"Did you mean" for layer names that are not declared: the closest declared name by edit distance.</summary>
internal static class LayerNameSuggestions
{
    public static string UnknownLayerMessage(string name, IReadOnlyList<string> declared)
    {
        var suggestion = Closest(name, declared);
        if (suggestion is not null)
        {
            return $"Layer '{name}' is not declared in architecture.json; did you mean '{suggestion}'?";
        }

        return declared.Count == 0
            ? $"Layer '{name}' is not declared in architecture.json, which declares no layers"
            : $"Layer '{name}' is not declared in architecture.json; declared layers: {string.Join(", ", declared)}";
    }

    /// <summary>The declared name nearest to <paramref name="name"/>, if it is near enough to be a typo.</summary>
    public static string? Closest(string name, IReadOnlyList<string> declared)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in declared)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.
    private static int Distance(string a, string b)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2]) &&
                    char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    value = Math.Min(value, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = value;
            }
        }

        return rows[a.Length, b.Length];
    }
}
