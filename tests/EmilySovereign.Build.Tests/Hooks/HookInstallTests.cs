using System.IO;
using System.Linq;
using System.Threading;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Hooks;

/// <summary>
/// Where the installer writes, what it never overwrites, that it is idempotent, the state it sees for each existing
/// hook, the mode it writes, and installs that run in parallel or fail leaving one file (in-process, real repos).
/// </summary>
public sealed class HookInstallTests
{
    private const string Expected = "#!/bin/sh\n" + HookScript.Marker + ": current\nexec true\n";

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

    [Theory]
    [InlineData(null, nameof(HookState.Missing))]
    [InlineData("#!/bin/sh\nnpx lint-staged\n", nameof(HookState.Foreign))]
    [InlineData("#!/bin/sh\n" + HookScript.Marker + ": older\n", nameof(HookState.Outdated))]
    [InlineData(Expected, nameof(HookState.UpToDate))]
    public void Inspect_compares_the_hook_with_the_script_without_changing_it(string? existing, string state)
    {
        using var folder = new TempDirectory("hooks");
        var path = folder.Combine("pre-commit");
        if (existing is not null)
            File.WriteAllText(path, existing);

        Assert.Equal(state, HookInstaller.Inspect(path, Expected).ToString());
        Assert.Equal(existing, File.Exists(path) ? File.ReadAllText(path) : null);
    }

    [Fact]
    public void Without_a_hook_path_there_is_no_repository() =>
        Assert.Equal(HookState.NotARepository, HookInstaller.Inspect(null, Expected));

    [Fact]
    public void Outside_a_repository_there_is_no_hook_path()
    {
        using var folder = new TempDirectory("nogit");

        Assert.Null(HookInstaller.FindHookPath(folder.Path));
    }

    [Fact]
    public void From_a_subfolder_the_hook_path_is_the_repositorys()
    {
        using var repo = GitRepository.Init();
        Directory.CreateDirectory(repo.Combine("src/app"));

        Assert.Equal(repo.Combine(".git/hooks/pre-commit"), HookInstaller.FindHookPath(repo.Combine("src/app")));
    }

    [Theory]
    [InlineData(null, nameof(HookState.Installed))]
    [InlineData(HookScript.Marker + ": older\n", nameof(HookState.Updated))]
    public void A_written_hook_is_the_script_with_mode_755_and_leaves_no_temporary_file(string? existing, string state)
    {
        using var folder = new TempDirectory("hooks");
        var path = folder.Combine("nested/hooks/pre-commit");
        if (existing is not null)
            folder.Write("nested/hooks/pre-commit", existing);

        Assert.Equal(state, HookInstaller.Install(path, Expected).ToString());

        Assert.Equal(Expected, File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(folder.Combine("nested/hooks")));
        if (!System.OperatingSystem.IsWindows())
        {
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Parallel_installs_each_find_the_hook_written_or_up_to_date_and_leave_one_file()
    {
        for (var round = 0; round < 20; round++)
        {
            using var folder = new TempDirectory("hooks");
            var path = folder.Combine("pre-commit");

            var states = InstallInParallel(path, threads: 6);

            Assert.Contains(HookState.Installed, states);
            Assert.All(states, s => Assert.Contains(s, new[] { HookState.Installed, HookState.UpToDate }));
            Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(folder.Path));
            Assert.Equal(Expected, File.ReadAllText(path));
        }
    }

    [Fact]
    public void A_hook_path_that_cannot_be_written_throws_and_leaves_no_temporary_file()
    {
        using var folder = new TempDirectory("hooks");
        var path = folder.Combine("pre-commit");
        Directory.CreateDirectory(path);

        Assert.Throws<IOException>(() => HookInstaller.Install(path, Expected));

        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(folder.Path));
    }

    private static HookState[] InstallInParallel(string path, int threads)
    {
        var states = new HookState[threads];
        var failures = new IOException?[threads];
        using var start = new Barrier(threads);
        var started = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                states[i] = HookInstaller.Install(path, Expected);
            }
            catch (IOException e)
            {
                failures[i] = e;
            }
        })).ToArray();
        foreach (var thread in started)
            thread.Start();
        foreach (var thread in started)
            thread.Join();

        Assert.All(failures, Assert.Null);
        return states;
    }
}
