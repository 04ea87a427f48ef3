using EmilySovereign.Build.PreCommit.Engine;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.PreCommit;

/// <summary>The MSBuild side of <see cref="PreCommitOptions"/>: the parameters every pre-commit-related task takes.</summary>
public abstract class PreCommitTaskBase : Task
{
    /// <summary>IDs of the checks turned off, computed from the EmilySovereignCheck* switches by the targets.</summary>
    public string[] DisabledChecks { get; set; } = System.Array.Empty<string>();

    public int MaxFileSizeKB { get; set; } = PreCommitOptions.DefaultMaxFileSizeKB;

    public string SecretsAllowList { get; set; } = PreCommitOptions.DefaultAllowListPath;

    public bool RunDotnetFormat { get; set; }

    /// <summary>Check every tracked file instead of the staged changes (-p:EmilySovereignPreCommitAllFiles=true).</summary>
    public bool AllTrackedFiles { get; set; }

    /// <summary>Path globs of files no check reads (EmilySovereignPreCommitExclude, separated by ';').</summary>
    public string[] ExcludedPaths { get; set; } = System.Array.Empty<string>();

    internal PreCommitOptions CreateOptions()
    {
        var options = new PreCommitOptions
        {
            MaxFileSizeKB = MaxFileSizeKB > 0 ? MaxFileSizeKB : PreCommitOptions.DefaultMaxFileSizeKB,
            SecretsAllowListPath = string.IsNullOrWhiteSpace(SecretsAllowList) ? PreCommitOptions.DefaultAllowListPath : SecretsAllowList.Replace('\\', '/'),
            RunDotnetFormat = RunDotnetFormat,
            AllTrackedFiles = AllTrackedFiles,
        };
        foreach (var glob in ExcludedPaths)
        {
            if (!string.IsNullOrWhiteSpace(glob))
                options.ExcludedPaths.Add(glob.Trim().Replace('\\', '/'));
        }

        foreach (var id in DisabledChecks)
        {
            if (!string.IsNullOrWhiteSpace(id))
                options.Disable(id);
        }

        return options;
    }

    internal void Report(Diagnostics.BuildRule rule, string? file, int line, int column, string message)
    {
        if (rule.Severity == Diagnostics.BuildSeverity.Error)
            Log.LogError(null, rule.Id, null, rule.HelpLink, file, line, column, 0, 0, message);
        else
            Log.LogWarning(null, rule.Id, null, rule.HelpLink, file, line, column, 0, 0, message);
    }
}
