using System;
using System.IO;
using System.Linq;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6010 runs the real dotnet format on the staged blobs (seconds each), so each test covers several cases.</summary>
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

        FindingAssert.Exactly(findings, "src/Bad.cs(5,3): ES6010");
        Assert.Equal("dotnet format (WHITESPACE): Fix whitespace formatting. Insert '\\s\\s'. Run 'dotnet format' and stage the result.", findings[0].Message);
    }

    [Fact]
    public void Staged_editorconfig_files_at_the_root_and_in_folders_apply_other_files_are_not_formatted_and_the_copy_is_removed()
    {
        using var repo = new StagedRepository();
        // A folder of its own, so that this run's temporary copy can be told from other runs'.
        var unique = "tabs-" + Guid.NewGuid().ToString("N");
        repo.Stage(".editorconfig", "root = true\n\n[*.cs]\nindent_style = space\nindent_size = 2\n");
        repo.Stage("src/Two.cs", "namespace A;\n\npublic class Two\n{\n  public int X => 2;\n}\n");
        repo.Stage(unique + "/.editorconfig", "[*.cs]\nindent_style = tab\nindent_size = 4\ntab_width = 4\n");
        repo.Stage(unique + "/Tab.cs", "namespace A;\n\npublic class Tab\n{\n\tpublic int X => 3;\n}\n");
        // dotnet format would flag this Visual Basic file; ES6010 is about C# only.
        repo.Stage("src/Legacy.vb", "Module Legacy\n Sub Main()\n        End Sub\nEnd Module\n");

        var findings = repo.Check(new PreCommitOptions { RunDotnetFormat = true });

        Assert.Empty(findings);
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath()), folder => Directory.Exists(Path.Combine(folder, unique)));
    }

    [Fact]
    public void Dotnet_format_that_fails_is_reported_with_its_exit_code_and_error()
    {
        using var repo = new StagedRepository();
        // A zero tab width makes dotnet format divide by zero while it computes indentation, and exit with code 1.
        repo.Stage(".editorconfig", "root = true\n\n[*.cs]\nindent_style = tab\ntab_width = 0\n");
        repo.Stage("src/A.cs", "namespace A;\n\npublic class A\n{\n    public int X => 1;\n}\n");

        var findings = repo.Check(new PreCommitOptions { RunDotnetFormat = true });

        FindingAssert.Exactly(findings, ".(1,1): ES6010");
        Assert.StartsWith("dotnet format could not run (exit code 1): Unhandled exception: System.DivideByZeroException", findings[0].Message);
    }
}
