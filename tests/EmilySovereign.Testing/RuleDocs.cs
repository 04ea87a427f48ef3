using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace EmilySovereign.Testing;

/// <summary>Checks that a diagnostic ID is documented and tracked the way every ID must be.</summary>
public static class RuleDocs
{
    public const string HelpLinkBase = "https://github.com/EmilySovereign/EmilySovereign/blob/main/docs/rules/";

    public static string PagePath(string id) => Path.Combine(RepositoryPaths.RulesDocs, id + ".md");

    /// <summary>The heading a rule's page must start with: the ID and the rule's title, as the IDE and the build show it.</summary>
    public static string ExpectedHeading(string id, string title) => "# " + id + ": " + title;

    /// <summary>The first line of a rule's page.</summary>
    public static string Heading(string id) => File.ReadLines(PagePath(id)).First();

    /// <summary>
    /// The IDs whose page is in docs/rules and which <paramref name="table"/> must therefore hold: with each project's
    /// check that its table's IDs have pages, this makes pages and tables match in both directions.
    /// </summary>
    public static IReadOnlyList<string> PagesOf(RuleTable table) =>
        Directory.EnumerateFiles(RepositoryPaths.RulesDocs)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => TableOf(id!) == table)
            .Select(id => id!)
            .ToList();

    /// <summary>
    /// Which project's table declares an ID. ES5003 and ES5004 are in the build's table too (the ADR targets report
    /// them), but the analyzers own them.
    /// </summary>
    private static RuleTable TableOf(string id)
    {
        if (!Regex.IsMatch(id, "^ES[1-6][0-9]{3}$"))
            throw new ArgumentException($"docs/rules/{id}.md is not the page of a diagnostic ID (ESnnnn)", nameof(id));

        var number = int.Parse(id.Substring(2), CultureInfo.InvariantCulture);
        return number switch
        {
            4004 => RuleTable.Generators,
            >= 5010 and < 6000 => RuleTable.Build,
            >= 6301 and <= 6303 => RuleTable.Analyzers,
            >= 6000 => RuleTable.Build,
            _ => RuleTable.Analyzers,
        };
    }

    /// <summary>The IDs listed in an AnalyzerReleases.*.md file's rule tables.</summary>
    public static ISet<string> TrackedIds(string releasesFile) =>
        File.ReadLines(releasesFile)
            .Select(line => line.Split('|')[0].Trim())
            .Where(cell => cell.StartsWith("ES", StringComparison.Ordinal))
            .ToHashSet();
}

/// <summary>The projects with a table of diagnostic IDs.</summary>
public enum RuleTable
{
    Analyzers,
    Generators,
    Build,
}
