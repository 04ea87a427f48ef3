using System.IO;
using System.Linq;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>dotnet msbuild -t:PreCommit through the real targets.</summary>
public sealed class PreCommitTargetTests
{
    [Fact]
    public void PreCommit_ReportsStagedProblemsAsErrors_AndFails()
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
    public void PreCommit_WithTheCheckSwitchedOff_Passes()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, "<EmilySovereignCheckTrailingWhitespace>false</EmilySovereignCheckTrailingWhitespace>");
        repo.Write("a.txt", "text \n");
        repo.Stage("a.txt");

        var result = TempProject.MSBuild(project, "PreCommit");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildDiagnostic.Parse(result.Output));
    }
}
