using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>dotnet msbuild -t:PreCommit through the real targets.</summary>
public sealed class PreCommitTargetTests
{
    [Fact]
    public void Pre_commit_reports_staged_problems_as_errors_and_fails()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, subfolder: "src/App");
        repo.Write("docs/a.md", "text \n");
        repo.Write("keys.txt", "key=" + Planted.AwsAccessKeyId() + "\n");
        repo.Stage("docs/a.md", "keys.txt");

        var result = TempProject.MSBuild(project, "PreCommit");

        Assert.NotEqual(0, result.ExitCode);
        var diagnostics = BuildDiagnostic.Parse(result.Output);
        Assert.Equal(
            new[] { $"{repo.Combine("docs/a.md")}(1,5): error ES6005", $"{repo.Combine("keys.txt")}(1,5): error ES6003" },
            diagnostics.Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}").ToArray());
    }

    [Fact]
    public void Pre_commit_with_the_check_switched_off_passes()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, "<EmilySovereignCheckTrailingWhitespace>false</EmilySovereignCheckTrailingWhitespace>");
        repo.Write("a.txt", "text \n");
        repo.Stage("a.txt");

        var result = TempProject.MSBuild(project, "PreCommit");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildDiagnostic.Parse(result.Output));
    }

    [Fact]
    public void Pre_commit_all_files_checks_committed_files_too_and_not_untracked_ones()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, subfolder: "src/App");
        repo.Write("docs/old.md", "committed \n");
        repo.Write("docs/clean.md", "clean\n");
        repo.Stage("docs/old.md", "docs/clean.md");
        repo.Commit();
        repo.Write("docs/new.md", "never added \n");

        var staged = TempProject.MSBuild(project, "PreCommit");
        var all = TempProject.MSBuild(
            project, "PreCommit", environment: new Dictionary<string, string?> { ["EmilySovereignPreCommitAllFiles"] = "true" });

        Assert.True(staged.ExitCode == 0, staged.ToString());
        Assert.Empty(BuildDiagnostic.Parse(staged.Output));
        Assert.NotEqual(0, all.ExitCode);
        Assert.Equal(
            new[] { $"{repo.Combine("docs/old.md")}(1,10): error ES6005" },
            BuildDiagnostic.Parse(all.Output).Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}").ToArray());
        Assert.Contains("checked 2 tracked file(s), 1 problem(s)", all.Output);
    }

    [Fact]
    public void Pre_commit_skips_excluded_paths_and_still_checks_the_rest()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, "<EmilySovereignPreCommitExclude>fixtures/**;*.snap</EmilySovereignPreCommitExclude>");
        repo.Write("fixtures/deep/broken.json", "{ \"a\": ");
        repo.Write("golden.snap", "text \n");
        repo.Write("kept.txt", "text \n");
        repo.Stage("fixtures/deep/broken.json", "golden.snap", "kept.txt");

        var result = TempProject.MSBuild(project, "PreCommit");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(
            new[] { $"{repo.Combine("kept.txt")}(1,5): error ES6005" },
            BuildDiagnostic.Parse(result.Output).Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}").ToArray());
    }
}
