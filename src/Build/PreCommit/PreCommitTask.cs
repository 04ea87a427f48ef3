using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.PreCommit.Engine;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.PreCommit;

/// <summary><c>dotnet msbuild -t:PreCommit</c>: the hook's checks, reported as MSBuild errors with full paths.</summary>
public sealed class PreCommitTask : PreCommitTaskBase
{
    [Required]
    public string WorkingDirectory { get; set; } = "";

    public override bool Execute()
    {
        var root = GitCommand.Run(WorkingDirectory, "rev-parse", "--show-toplevel");
        if (!root.Succeeded)
        {
            Report(BuildRules.StagedContentUnreadable, null, 0, 0, "not inside a git work tree, nothing is staged: " + root.Error.Trim());
            return false;
        }

        PreCommitResult result;
        try
        {
            result = new PreCommitEngine(CreateOptions()).Run(WorkingDirectory);
        }
        catch (GitException e)
        {
            Report(BuildRules.StagedContentUnreadable, null, 0, 0, e.Message);
            return false;
        }

        var top = root.Output.Trim();
        foreach (var finding in result.Findings)
            Report(finding.Rule, Path.Combine(top, finding.Path), finding.Line, finding.Column, finding.Message);
        var scope = AllTrackedFiles ? "tracked" : "staged";
        Log.LogMessage(MessageImportance.High, $"EmilySovereign: checked {result.FileCount} {scope} file(s), {result.Findings.Count} problem(s).");
        return !Log.HasLoggedErrors;
    }
}
