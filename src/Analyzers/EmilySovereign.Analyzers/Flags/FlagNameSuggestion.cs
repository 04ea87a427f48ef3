using System;
using System.Collections.Generic;

namespace EmilySovereign.Analyzers.Flags;

/// <summary>The declared name an undeclared one was most likely meant to be: same letters in another case, else the nearest by edit distance.</summary>
internal static class FlagNameSuggestion
{
    public static string? For(string name, IReadOnlyList<string> declared)
    {
        foreach (var candidate in declared)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }

        // Up to a third of the name may differ (at least two edits): gflownet_v3 finds gflownet_v2, typo finds nothing.
        var limit = Math.Max(2, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in declared)
        {
            var distance = Distance(name, candidate, limit);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, or more than <paramref name="limit"/> as soon as it must be.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
                return limit + 1;
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
