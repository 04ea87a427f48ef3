using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EmilySovereign.Testing;

/// <summary>Checks that a diagnostic ID is documented and tracked the way every ID must be.</summary>
public static class RuleDocs
{
    public const string HelpLinkBase = "https://github.com/EmilySovereign/EmilySovereign/blob/main/docs/rules/";

    public static string PagePath(string id) => Path.Combine(RepositoryPaths.RulesDocs, id + ".md");

    /// <summary>The IDs listed in an AnalyzerReleases.*.md file's rule tables.</summary>
    public static ISet<string> TrackedIds(string releasesFile) =>
        File.ReadLines(releasesFile)
            .Select(line => line.Split('|')[0].Trim())
            .Where(cell => cell.StartsWith("ES", System.StringComparison.Ordinal))
            .ToHashSet();
}
