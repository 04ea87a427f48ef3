using System.Collections.Generic;
using System.IO;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Hooks;

/// <summary>dotnet build installs the hook through the targets, and git then runs it on commit (ES6101 for a foreign hook).</summary>
public sealed class HookEndToEndTests
{
    [Fact]
    public void Build_installs_the_hook_which_stops_a_bad_commit_and_lets_a_good_one_through()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, "<EmilySovereignCheckFinalNewline>false</EmilySovereignCheckFinalNewline>");

        var build = TempProject.MSBuild(project, "Build");

        Assert.True(build.ExitCode == 0, build.ToString());
        var hook = File.ReadAllText(repo.Combine(".git/hooks/pre-commit"));
        Assert.Contains("--off ES6006", hook);

        repo.Write("bad.json", "{ \"a\": }");
        repo.Stage("bad.json");
        var blocked = repo.TryGit("commit", "-q", "-m", "bad");
        Assert.NotEqual(0, blocked.ExitCode);
        Assert.Contains("bad.json(1,8): error ES6008: invalid JSON: unexpected character '}'; expected a value", blocked.Output);

        repo.Write("bad.json", "{ \"a\": 1 }");
        repo.Stage("bad.json", "app.proj");
        var passed = repo.TryGit("commit", "-q", "-m", "good");
        Assert.True(passed.ExitCode == 0, passed.ToString());
    }

    [Fact]
    public void Commit_all_checks_the_index_git_is_about_to_commit_not_the_one_staged_before()
    {
        using var repo = GitRepository.Init();
        repo.Write("a.txt", "clean\n");
        repo.Stage("a.txt");
        repo.Commit();
        EmilySovereign.Build.Hooks.HookInstaller.Install(
            EmilySovereign.Build.Hooks.HookInstaller.FindHookPath(repo.Path),
            EmilySovereign.Build.Hooks.HookScript.Create(HookHost.Assembly, null, new EmilySovereign.Build.PreCommit.Engine.PreCommitOptions()));
        repo.Write("a.txt", "clean\n<<<<<<< HEAD\n");

        // Nothing is staged; `commit -a` stages into a temporary index (GIT_INDEX_FILE) that the hook must read.
        var blocked = repo.TryGit("commit", "-q", "-a", "-m", "all");

        Assert.NotEqual(0, blocked.ExitCode);
        Assert.Contains("a.txt(2,1): error ES6001", blocked.Output);
    }

    [Fact]
    public void Build_on_CI_installs_no_hook()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo);

        var build = TempProject.MSBuild(project, "Build", environment: new Dictionary<string, string?> { ["CI"] = "true" });

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(repo.Combine(".git/hooks/pre-commit")));
    }

    [Fact]
    public void Build_with_hooks_switched_off_installs_no_hook()
    {
        using var repo = GitRepository.Init();
        var project = TempProject.Write(repo, "<EmilySovereignInstallHooks>false</EmilySovereignInstallHooks>");

        var build = TempProject.MSBuild(project, "Build");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(repo.Combine(".git/hooks/pre-commit")));
    }

    [Fact]
    public void Build_with_foreign_hook_warns_ES6101_with_the_chain_line_and_keeps_the_hook()
    {
        using var repo = GitRepository.Init();
        repo.Write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n");
        var project = TempProject.Write(repo);

        var build = TempProject.MSBuild(project, "Build");

        Assert.True(build.ExitCode == 0, build.ToString());
        var warning = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES6101");
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("add this line to it: dotnet exec " + HookHost.Assembly.Replace('\\', '/'), warning.Message);
        Assert.Equal("#!/bin/sh\nexit 0\n", File.ReadAllText(repo.Combine(".git/hooks/pre-commit")));
    }
}
