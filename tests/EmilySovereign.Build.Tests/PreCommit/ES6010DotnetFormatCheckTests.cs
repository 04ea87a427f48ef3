using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6010 runs the real dotnet format on the staged blobs (seconds), so one repository covers both cases.</summary>
public sealed class ES6010DotnetFormatCheckTests
{
    [Fact]
    public void Staged_blob_is_checked_badly_formatted_file_reported_well_formatted_file_and_working_tree_ignored()
    {
        using var repo = new StagedRepository();
        repo.Stage(".editorconfig", "root = true\n\n[*.cs]\nindent_style = space\nindent_size = 4\n");
        repo.Stage("src/Good.cs", "namespace A;\n\npublic class Good\n{\n    public int X => 1;\n}\n");
        repo.Stage("src/Bad.cs", "namespace A;\n\npublic class Bad\n{\n  public int X => 1;\n}\n");
        // The working tree holds the fixed file; the staged (bad) blob is what counts.
        System.IO.File.WriteAllText(repo.Git.Combine("src/Bad.cs"), "namespace A;\n\npublic class Bad\n{\n    public int X => 1;\n}\n");

        var findings = repo.Check(new PreCommitOptions { RunDotnetFormat = true });

        var finding = Assert.Single(findings);
        Assert.Equal(("src/Bad.cs", 5, "ES6010"), (finding.Path, finding.Line, finding.Rule.Id));
        Assert.Contains("dotnet format (WHITESPACE)", finding.Message);
    }
}
