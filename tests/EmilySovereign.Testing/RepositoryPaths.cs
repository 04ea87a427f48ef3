using System;
using System.IO;

namespace EmilySovereign.Testing;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds EmilySovereign.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Solution => Path.Combine(Root, "EmilySovereign.sln");

    public static string RulesDocs => Path.Combine(Root, "docs", "rules");

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EmilySovereign.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("EmilySovereign.sln not found above " + AppContext.BaseDirectory);
    }
}
