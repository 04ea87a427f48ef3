using System.Collections.Generic;
using EmilySovereign.Baseline;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Baseline;

/// <summary>
/// The breaches of a compilation, read from the compiler's SARIF log: every ES6301 result carries the key of the breach
/// it keeps in its properties (with -p:EmilySovereignBaselineRecord=true every breach is one), ADR 0043.
/// </summary>
internal static class BaselineLog
{
    private const string KeptId = "ES6301";

    /// <summary>The entries, with their counts, of the ES6301 results of a SARIF 1.0 or 2.1 log.</summary>
    public static IReadOnlyList<BaselineEntry> ReadEntries(string sarif)
    {
        var counts = new Dictionary<(string Rule, string User, string Used), int>();
        foreach (var result in SarifLog.Results(sarif, KeptId))
        {
            if (KeysOf(result) is { } keys
                && keys.TryGetValue("EmilySovereignBaselineRule", out var rule)
                && keys.TryGetValue("EmilySovereignBaselineUser", out var user)
                && keys.TryGetValue("EmilySovereignBaselineUsed", out var used))
            {
                counts.TryGetValue((rule, user, used), out var count);
                counts[(rule, user, used)] = count + 1;
            }
        }

        var entries = new List<BaselineEntry>();
        foreach (var pair in counts)
            entries.Add(new BaselineEntry(pair.Key.Rule, pair.Key.User, pair.Key.Used, pair.Value));
        return entries;
    }

    private static Dictionary<string, string>? KeysOf(JsonObject result)
    {
        Dictionary<string, string>? keys = null;
        foreach (var property in result.Properties)
        {
            if (property.Name is "properties" or "customProperties" && property.Value is JsonObject bag && Keys(bag) is { } found)
                keys = found;
        }

        return keys;
    }

    // SARIF 2.1 puts a diagnostic's properties under "properties": { "customProperties": { ... } }; 1.0 directly.
    private static Dictionary<string, string>? Keys(JsonObject bag)
    {
        Dictionary<string, string>? keys = null;
        foreach (var property in bag.Properties)
        {
            if (property.Value is JsonString text && property.Name.StartsWith("EmilySovereignBaseline", System.StringComparison.Ordinal))
                (keys ??= new Dictionary<string, string>())[property.Name] = text.Value;
            else if (property.Value is JsonObject inner && Keys(inner) is { } nested)
                keys = nested;
        }

        return keys;
    }
}
