using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EmilySovereign.Parsing;

namespace EmilySovereign.Baseline;

/// <summary>
/// One kind of breach the baseline keeps: the rule, the code that breaks it (the using type, or the budgeted member),
/// what it uses (the used type, or the callee) and how many times. No line numbers: unrelated edits move code around
/// without changing a key (ADR 0043).
/// </summary>
/// <param name="Line">The 1-based line of the entry in the file it was read from, 0 when it was not read from a file.</param>
internal sealed record BaselineEntry(string Rule, string User, string Used, int Count, int Line = 0)
{
    public string Key => BaselineFormat.Key(Rule, User, Used);
}

/// <summary>
/// The baseline file: comment lines, then one line per entry, <c>rule | user | used | count</c>, sorted by ordinal
/// order of rule, user and used, so that two branches that each add entries merge line by line. Shared by the
/// analyzers (which read it) and the Baseline task (which writes it); linked as source into both.
/// </summary>
internal static class BaselineFormat
{
    public const string Separator = " | ";

    public const string Header =
        "# EmilySovereign baseline: breaches of the layer and latency rules kept from before the rules applied.\n" +
        "# They do not fail the build; new ones do. Written by `dotnet msbuild -t:Baseline` (docs/baseline.md).\n" +
        "# rule | code that breaks it | what it uses | occurrences\n";

    public static string Key(string rule, string user, string used) => rule + Separator + user + Separator + used;

    /// <summary>The entries of <paramref name="text"/>, or no entries and the problems when any line cannot be read.</summary>
    public static (IReadOnlyList<BaselineEntry> Entries, IReadOnlyList<LineProblem> Problems) Parse(string text)
    {
        var entries = new List<BaselineEntry>();
        var problems = new List<LineProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i == 0 && line.Length > 0 && line[0] == '\uFEFF')
                line = line.Substring(1);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
                continue;

            var entry = ParseLine(line, i + 1, problems);
            if (entry is null)
                continue;
            if (!keys.Add(entry.Key))
                problems.Add(new LineProblem(i + 1, 1, line.Length, "the same rule, user and used appear on an earlier line: merge the two counts"));
            else
                entries.Add(entry);
        }

        return problems.Count == 0 ? (entries, problems) : (Array.Empty<BaselineEntry>(), problems);
    }

    public static string Write(IEnumerable<BaselineEntry> entries)
    {
        var text = new StringBuilder(Header);
        foreach (var entry in Sorted(entries))
        {
            text.Append(entry.Rule).Append(Separator).Append(entry.User).Append(Separator).Append(entry.Used).Append(Separator)
                .Append(entry.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    public static IEnumerable<BaselineEntry> Sorted(IEnumerable<BaselineEntry> entries) =>
        entries.OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.User, StringComparer.Ordinal).ThenBy(e => e.Used, StringComparer.Ordinal);

    private static BaselineEntry? ParseLine(string line, int number, List<LineProblem> problems)
    {
        var parts = line.Split(new[] { Separator }, StringSplitOptions.None);
        if (parts.Length != 4)
        {
            problems.Add(new LineProblem(number, 1, line.Length, $"expected 'rule | user | used | count' (4 fields separated by '{Separator}'), found {parts.Length}"));
            return null;
        }

        var rule = parts[0].Trim();
        if (rule.Length != 6 || !rule.StartsWith("ES", StringComparison.Ordinal) || !rule.Substring(2).All(c => c is >= '0' and <= '9'))
        {
            problems.Add(new LineProblem(number, 1, parts[0].Length, $"'{rule}' is not a rule ID such as ES1001"));
            return null;
        }

        var countColumn = line.Length - parts[3].Length + 1;
        if (!int.TryParse(parts[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            problems.Add(new LineProblem(number, countColumn, parts[3].Length, $"'{parts[3].Trim()}' is not a positive count"));
            return null;
        }

        if (parts[1].Trim().Length == 0 || parts[2].Trim().Length == 0)
        {
            problems.Add(new LineProblem(number, 1, line.Length, "the user and the used name must not be empty"));
            return null;
        }

        return new BaselineEntry(rule, parts[1].Trim(), parts[2].Trim(), count, number);
    }
}
