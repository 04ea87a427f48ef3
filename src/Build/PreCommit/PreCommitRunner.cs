using EmilySovereign.Build.Git;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit;

/// <summary>What the hook host does: run the engine, print findings as <c>path(line,col): error ES60xx: ...</c>, exit 1 on any.</summary>
internal static class PreCommitRunner
{
    public static int Run(string workingDirectory, PreCommitOptions options, System.IO.TextWriter output, System.IO.TextWriter error)
    {
        PreCommitResult result;
        try
        {
            result = new PreCommitEngine(options).Run(workingDirectory);
        }
        catch (GitException e)
        {
            error.WriteLine($"error {Diagnostics.BuildRules.StagedContentUnreadable.Id}: {e.Message}");
            return 2;
        }

        foreach (var finding in result.Findings)
            output.WriteLine(finding.Format());
        if (result.Findings.Count == 0)
            return 0;
        error.WriteLine(
            $"EmilySovereign: {result.Findings.Count} problem(s) in {result.FileCount} staged file(s); commit stopped. " +
            "Fix and stage them (see docs/rules/ES60xx.md), or skip the checks once with 'git commit --no-verify'.");
        return 1;
    }
}
