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
        var git = Git(consumer);
        git("add", "-A");
        git("commit", "-q", "--no-verify", "-m", "start");
        consumer.Write("src/Consumer/Merged.cs", "namespace Consumer;\n<<<<<<< HEAD\npublic sealed class A { }\n=======\npublic sealed class B { }\n>>>>>>> other\n");
        git("add", "src/Consumer/Merged.cs");

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
        var git = Git(consumer);

        var build = consumer.Dotnet(["build", consumer.ProjectFile, "-nologo"], NotCi);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(consumer.RootDirectory, ".git", "hooks", "pre-commit")), build.ToString());
        consumer.Write("src/Consumer/Merged.cs", "<<<<<<< HEAD\nclass A { }\n=======\nclass B { }\n>>>>>>> other\n");
        git("add", "src/Consumer/Merged.cs");
        var commit = ProcessRunner.Run("git", ["commit", "-q", "-m", "bad"], consumer.RootDirectory, System.TimeSpan.FromMinutes(2));
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains("Merged.cs", commit.Output);
    }

    private delegate string GitCommand(params string[] arguments);

    private static GitCommand Git(ConsumerProject consumer)
    {
        string Run(params string[] args)
        {
            var result = ProcessRunner.Run("git", args, consumer.RootDirectory, System.TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result}");
            return result.StandardOutput;
        }

        Run("init", "-q", "-b", "main");
        Run("config", "user.email", "tests@example.invalid");
        Run("config", "user.name", "Tests");
        Run("config", "commit.gpgsign", "false");
        consumer.Write(".gitignore", "bin/\nobj/\npackages/\n");
        return Run;
    }
}
