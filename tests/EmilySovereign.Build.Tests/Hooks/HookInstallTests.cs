using System.IO;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Hooks;

/// <summary>Where the installer writes, what it never overwrites, and that it is idempotent (in-process, real repos).</summary>
public sealed class HookInstallTests
{
    private static string Script(PreCommitOptions? options = null) =>
        HookScript.Create(HookHost.Assembly, "dotnet", options ?? new PreCommitOptions());

    [Fact]
    public void Fresh_repository_gets_an_executable_hook_in_git_dir()
    {
        using var repo = GitRepository.Init();

        var path = HookInstaller.FindHookPath(repo.Path);
        var state = HookInstaller.Install(path, Script());

        Assert.Equal(HookState.Installed, state);
        Assert.Equal(Path.Combine(repo.Path, ".git", "hooks", "pre-commit"), path);
        Assert.Equal(Script(), File.ReadAllText(path!));
        if (!System.OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(path!).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Second_install_is_up_to_date_and_does_not_rewrite()
    {
        using var repo = GitRepository.Init();
        var path = HookInstaller.FindHookPath(repo.Path);
        HookInstaller.Install(path, Script());
        var written = File.GetLastWriteTimeUtc(path!);

        Assert.Equal(HookState.UpToDate, HookInstaller.Install(path, Script()));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path!));
    }

    [Fact]
    public void Own_hook_with_other_settings_is_updated()
    {
        using var repo = GitRepository.Init();
        var path = HookInstaller.FindHookPath(repo.Path);
        HookInstaller.Install(path, Script());
        var options = new PreCommitOptions();
        options.Disable("ES6005");

        Assert.Equal(HookState.Updated, HookInstaller.Install(path, Script(options)));
        Assert.Contains("--off ES6005", File.ReadAllText(path!));
    }

    [Fact]
    public void Foreign_hook_is_never_overwritten()
    {
        using var repo = GitRepository.Init();
        var foreign = repo.Write(".git/hooks/pre-commit", "#!/bin/sh\nnpx lint-staged\n");

        Assert.Equal(HookState.Foreign, HookInstaller.Install(HookInstaller.FindHookPath(repo.Path), Script()));
        Assert.Equal("#!/bin/sh\nnpx lint-staged\n", File.ReadAllText(foreign));
    }

    [Fact]
    public void Core_hooks_path_is_respected()
    {
        using var repo = GitRepository.Init();
        repo.Git("config", "core.hooksPath", ".githooks");

        var path = HookInstaller.FindHookPath(repo.Path);
        HookInstaller.Install(path, Script());

        Assert.Equal(Path.Combine(repo.Path, ".githooks", "pre-commit"), path);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(repo.Combine(".git/hooks/pre-commit")));
    }

    [Fact]
    public void Linked_worktree_installs_into_the_shared_hooks_folder()
    {
        using var repo = GitRepository.Init();
        repo.Write("a.txt", "a\n");
        repo.Stage("a.txt");
        repo.Commit();
        using var worktreeParent = new TempDirectory("wt");
        var worktree = Path.Combine(worktreeParent.Path, "linked");
        repo.Git("worktree", "add", "-q", worktree, "-b", "feature");

        var path = HookInstaller.FindHookPath(worktree);
        HookInstaller.Install(path, Script());

        Assert.True(File.Exists(Path.Combine(worktree, ".git")), "a linked worktree has a .git file");
        Assert.Equal(Path.Combine(repo.Path, ".git", "hooks", "pre-commit"), path);
        Assert.Equal(HookState.UpToDate, HookInstaller.Inspect(HookInstaller.FindHookPath(repo.Path), Script()));
    }

    [Fact]
    public void Submodule_installs_into_its_module_git_dir()
    {
        using var library = GitRepository.Init();
        library.Write("lib.txt", "lib\n");
        library.Stage("lib.txt");
        library.Commit();
        using var app = GitRepository.Init();
        app.Git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.Path, "lib");

        var path = HookInstaller.FindHookPath(app.Combine("lib"));
        HookInstaller.Install(path, Script());

        Assert.True(File.Exists(app.Combine("lib/.git")), "a submodule has a .git file");
        Assert.Equal(Path.Combine(app.Path, ".git", "modules", "lib", "hooks", "pre-commit"), path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Not_a_repository_installs_nothing()
    {
        using var folder = new TempDirectory("nogit");

        Assert.Equal(HookState.NotARepository, HookInstaller.Install(HookInstaller.FindHookPath(folder.Path), Script()));
    }

    [Fact]
    public void Script_quotes_paths_for_sh_and_names_its_owner()
    {
        var script = HookScript.Create("C:\\Users\\O'Brien\\.nuget\\x\\EmilySovereign.Hook.dll", null, new PreCommitOptions());

        Assert.StartsWith("#!/bin/sh\n" + HookScript.Marker, script);
        Assert.Contains("host='C:/Users/O'\\''Brien/.nuget/x/EmilySovereign.Hook.dll'", script);
        Assert.Contains("exec \"$dotnet\" exec \"$host\"\n", script);
    }
}
