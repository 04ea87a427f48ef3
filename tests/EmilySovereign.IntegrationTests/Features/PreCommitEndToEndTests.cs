using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

[Collection(PackageCollection.Name)]
public sealed class PreCommitEndToEndTests(PackageFixture fixture)
{
    private static readonly Dictionary<string, string?> NotCi = new() { ["CI"] = null };

    [Fact]
    public void PreCommit_target_reports_staged_merge_markers_and_fails()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("src/Consumer/Code.cs", "namespace Consumer;\n\npublic sealed class Code { }\n");
        using var git = InitGit(consumer);
        git.Git("add", "-A");
        git.Commit("start");
        consumer.Write("src/Consumer/Merged.cs", "namespace Consumer;\n<<<<<<< HEAD\npublic sealed class A { }\n=======\npublic sealed class B { }\n>>>>>>> other\n");
        git.Stage("src/Consumer/Merged.cs");

        var restore = consumer.Dotnet(["restore", consumer.ProjectFile]);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var check = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:PreCommit", "-nologo"]);

        Assert.NotEqual(0, check.ExitCode);
        var markers = BuildDiagnostic.Parse(check.Output).Where(d => d.FileName == "Merged.cs").ToList();
        Assert.NotEmpty(markers);
        Assert.All(markers, d => Assert.StartsWith("ES60", d.Id));
        Assert.Contains(markers, d => d.Line == 2 && d.Column == 1);
    }

    [Fact]
    public void Build_outside_CI_installs_the_hook_and_the_hook_blocks_a_bad_commit()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("src/Consumer/Code.cs", "namespace Consumer;\n\npublic sealed class Code { }\n");
        using var git = InitGit(consumer);

        var build = consumer.Dotnet(["build", consumer.ProjectFile, "-nologo"], NotCi);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(consumer.RootDirectory, ".git", "hooks", "pre-commit")), build.ToString());
        consumer.Write("src/Consumer/Merged.cs", "<<<<<<< HEAD\nclass A { }\n=======\nclass B { }\n>>>>>>> other\n");
        git.Stage("src/Consumer/Merged.cs");
        var commit = git.TryGit("commit", "-q", "-m", "bad");
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains("Merged.cs", commit.Output);
    }

    /// <summary>A repository around the consumer, with build output ignored.</summary>
    private static GitRepository InitGit(ConsumerProject consumer)
    {
        consumer.Write(".gitignore", "bin/\nobj/\npackages/\n");
        return GitRepository.InitIn(consumer.RootDirectory);
    }
}
