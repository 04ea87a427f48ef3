using System.IO;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Hooks;

/// <summary>
/// The after-build task in this process: what it writes for its settings, what it says when it installs or updates
/// the hook, ES6101 with the chain line for a foreign hook, ES6102 when the hook cannot be written, and silence when
/// there is nothing to do. It never fails the build.
/// </summary>
public sealed class InstallHookTaskTests
{
    private const string WindowsStyleAllowListPath = "config\\allow.txt";

    private const string DotnetHost = "/usr/share/dotnet/dotnet";

    private static string HostPath => Path.GetFullPath(HookHost.Assembly);

    [Fact]
    public void A_missing_hook_is_installed_and_said_so()
    {
        using var repo = GitRepository.Init();
        var hook = repo.Combine(".git/hooks/pre-commit");

        var engine = Run(repo.Path);

        Assert.Equal(HookScript.Create(HostPath, DotnetHost, new PreCommitOptions()), File.ReadAllText(hook));
        Assert.Empty(engine.Diagnostics);
        AssertSaid(engine, MessageImportance.High, $"EmilySovereign: pre-commit hook installed at {hook}");
    }

    [Fact]
    public void An_own_hook_with_other_settings_is_updated_and_said_so()
    {
        using var repo = GitRepository.Init();
        var hook = repo.Write(".git/hooks/pre-commit", HookScript.Create(HostPath, null, new PreCommitOptions()));

        var engine = Run(repo.Path);

        Assert.Equal(HookScript.Create(HostPath, DotnetHost, new PreCommitOptions()), File.ReadAllText(hook));
        Assert.Empty(engine.Diagnostics);
        AssertSaid(engine, MessageImportance.High, $"EmilySovereign: pre-commit hook updated at {hook}");
    }

    [Fact]
    public void An_up_to_date_hook_is_left_alone_silently()
    {
        using var repo = GitRepository.Init();
        Run(repo.Path);

        var engine = Run(repo.Path);

        Assert.Empty(engine.Diagnostics);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void Outside_a_repository_nothing_is_written_or_said()
    {
        using var folder = new TempDirectory("nogit");

        var engine = Run(folder.Path);

        Assert.Empty(engine.Diagnostics);
        Assert.Empty(engine.Messages);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Without_the_host_nothing_is_installed_and_a_low_message_says_why()
    {
        using var repo = GitRepository.Init();
        var host = repo.Combine("missing/EmilySovereign.Hook.dll");
        var task = RecordingBuildEngine.Attach(new InstallHookTask { WorkingDirectory = repo.Path, HostAssembly = host }, out var engine);

        Assert.True(task.Execute());

        Assert.False(File.Exists(repo.Combine(".git/hooks/pre-commit")));
        Assert.Empty(engine.Diagnostics);
        AssertSaid(engine, MessageImportance.Low, $"EmilySovereign: no hook host at {host}; pre-commit hook not installed.");
    }

    [Fact]
    public void A_foreign_hook_is_kept_and_ES6101_gives_the_line_that_chains_the_checks()
    {
        using var repo = GitRepository.Init();
        var hook = repo.Write(".git/hooks/pre-commit", "#!/bin/sh\nnpx lint-staged\n");
        var options = new PreCommitOptions();
        options.Disable("ES6005");

        var engine = Run(repo.Path, new[] { "ES6005" });

        Assert.Equal("#!/bin/sh\nnpx lint-staged\n", File.ReadAllText(hook));
        Assert.Equal(
            new[]
            {
                $"{hook}(0,0): warning ES6101: a pre-commit hook that EmilySovereign did not write is already installed; it was left alone. " +
                $"To run the EmilySovereign checks too, add this line to it: {HookScript.ChainLine(HostPath, options)} (or set EmilySovereignInstallHooks=false to silence this)",
            },
            engine.Diagnostics);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void A_hook_that_cannot_be_written_is_ES6102_with_the_reason_and_the_build_goes_on()
    {
        using var repo = GitRepository.Init();
        var hook = repo.Combine(".git/hooks/pre-commit");
        Directory.CreateDirectory(hook);
        var reason = Assert.Throws<IOException>(() => HookInstaller.Install(hook, HookScript.Create(HostPath, DotnetHost, new PreCommitOptions()))).Message;

        var engine = Run(repo.Path);

        Assert.Equal(new[] { $"{hook}(0,0): warning ES6102: the pre-commit hook could not be written: {reason}" }, engine.Diagnostics);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void The_hook_runs_the_checks_with_the_tasks_settings()
    {
        using var repo = GitRepository.Init();
        var task = RecordingBuildEngine.Attach(
            new InstallHookTask
            {
                WorkingDirectory = repo.Path,
                HostAssembly = HookHost.Assembly,
                DisabledChecks = new[] { " es6005 ", "", "ES6002" },
                MaxFileSizeKB = 64,
                SecretsAllowList = WindowsStyleAllowListPath,
                RunDotnetFormat = true,
                AllTrackedFiles = true,
                ExcludedPaths = new[] { " samples\\** ", " ", "docs/x.md" },
            },
            out _);

        Assert.True(task.Execute());

        Assert.EndsWith(
            "exec \"$dotnet\" exec \"$host\" --off ES6002 --off ES6005 --max-file-size-kb 64 --allowlist config/allow.txt --format --all --exclude 'samples/**' --exclude docs/x.md\n",
            File.ReadAllText(repo.Combine(".git/hooks/pre-commit")));
    }

    [Theory]
    [InlineData(0, "  ")]
    [InlineData(-1, "")]
    public void Unset_size_and_allow_list_fall_back_to_the_defaults(int maxFileSizeKB, string allowList)
    {
        using var repo = GitRepository.Init();
        var task = RecordingBuildEngine.Attach(
            new InstallHookTask { WorkingDirectory = repo.Path, HostAssembly = HookHost.Assembly, MaxFileSizeKB = maxFileSizeKB, SecretsAllowList = allowList },
            out _);

        task.Execute();

        Assert.Equal(HookScript.Create(HostPath, "", new PreCommitOptions()), File.ReadAllText(repo.Combine(".git/hooks/pre-commit")));
    }

    private static RecordingBuildEngine Run(string workingDirectory, string[]? disabledChecks = null)
    {
        var task = RecordingBuildEngine.Attach(
            new InstallHookTask { WorkingDirectory = workingDirectory, HostAssembly = HookHost.Assembly, DotnetHost = DotnetHost, DisabledChecks = disabledChecks ?? System.Array.Empty<string>() },
            out var engine);
        Assert.True(task.Execute());
        return engine;
    }

    private static void AssertSaid(RecordingBuildEngine engine, MessageImportance importance, string message)
    {
        Assert.Equal(new[] { (message, importance) }, engine.LoggedMessages);
    }
}
