using System;
using System.IO;
using System.Linq;
using EmilySovereign.Build.Doctor;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>
/// -t:Doctor's task in this process: the SDKs it lists with the given dotnet, where it finds the tool manifest and
/// the packages folder, the hook it expects for its settings, what it logs, and that only errors fail it. A shell
/// script stands in for dotnet, so these tests need a Unix shell.
/// </summary>
public sealed class DoctorTaskTests
{
    private const string Pinned = "{ \"sdk\": { \"version\": \"10.0.100\" } }";
    private const string UnsatisfiablePin = "{ \"sdk\": { \"version\": \"1.0.100\" } }";
    private const string UnrestoredManifest = "{ \"tools\": { \"present.tool\": { \"version\": \"2.0.0\" }, \"absent.tool\": { \"version\": \"1.0.0\" } } }";

    [Fact]
    public void A_machine_that_matches_the_pins_reports_nothing_and_says_so()
    {
        using var repo = NormalizedRepository();
        using var tools = new TempDirectory("dotnet");
        var dotnet = FakeDotnet(tools, "10.0.100 [/usr/share/dotnet/sdk]\n");
        InstallHook(repo, dotnet, new PreCommitOptions());
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = repo.Path, GlobalJson = repo.Write("global.json", Pinned), RunningSdk = "10.0.100", DotnetHost = dotnet, HostAssembly = HookHost.Assembly },
            out var engine);

        Assert.True(task.Execute());

        Assert.Empty(engine.Diagnostics);
        Assert.Equal(new[] { ("EmilySovereign doctor: this machine matches what the repository pins.", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void An_error_fails_the_task_and_each_finding_is_logged_at_its_file_with_the_count()
    {
        using var repo = GitRepository.Init();
        using var tools = new TempDirectory("dotnet");
        var globalJson = repo.Write("global.json", UnsatisfiablePin);
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = repo.Path, GlobalJson = globalJson, DotnetHost = FakeDotnet(tools, "9.0.100 [/usr/share/dotnet/sdk]\n") },
            out var engine);

        Assert.False(task.Execute());

        Assert.Equal(
            new[]
            {
                $"{globalJson}(0,0): error ES6201: global.json pins SDK 1.0.100 (rollForward: latestPatch) but no installed SDK satisfies it (installed: 9.0.100); install it: curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --version 1.0.100",
                $"{repo.Combine(".gitattributes")}(0,0): warning ES6206: .gitattributes has no '* text' rule, so line endings depend on each machine's core.autocrlf (here: false); run: echo '* text=auto eol=lf' >> .gitattributes",
            },
            engine.Diagnostics);
        Assert.Equal("EmilySovereign doctor: 2 difference(s).", Assert.Single(engine.Messages).Message);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_task()
    {
        using var repo = GitRepository.Init();
        using var tools = new TempDirectory("dotnet");
        var globalJson = repo.Write("global.json", Pinned);
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = repo.Path, GlobalJson = globalJson, RunningSdk = "9.0.100", DotnetHost = FakeDotnet(tools, "9.0.100 [/sdk]\n10.0.102 [/sdk]\n") },
            out var engine);

        Assert.True(task.Execute());

        Assert.Equal(
            new[]
            {
                $"{globalJson}(0,0): warning ES6202: this build runs SDK 9.0.100, but global.json selects 10.0.102: run dotnet from the repository folder (cd {repo.Path})",
                $"{repo.Combine(".gitattributes")}(0,0): warning ES6206: .gitattributes has no '* text' rule, so line endings depend on each machine's core.autocrlf (here: false); run: echo '* text=auto eol=lf' >> .gitattributes",
            },
            engine.Diagnostics);
        Assert.Equal(new[] { ("EmilySovereign doctor: 2 difference(s).", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Theory]
    [InlineData("9.0.100 [/usr/share/dotnet/sdk]\n10.0.100-rc.1 [/usr/share/dotnet/sdk]\n", "9.0.100, 10.0.100-rc.1")]
    [InlineData("\t8.0.100 [C:\\Program Files\\dotnet\\sdk]\r\n 8.0.200 [/sdk]\nno-path\n\n", "8.0.100")]
    [InlineData("", "none")]
    public void The_installed_sdks_are_the_first_word_of_each_line_dotnet_list_sdks_prints(string listed, string installed)
    {
        using var folder = new TempDirectory("doctor");
        using var tools = new TempDirectory("dotnet");
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = folder.Path, GlobalJson = folder.Write("global.json", UnsatisfiablePin), DotnetHost = FakeDotnet(tools, listed) },
            out var engine);

        task.Execute();

        Assert.Contains($"(installed: {installed}); install it: ", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void Without_a_dotnet_host_the_one_on_PATH_lists_the_sdks_and_the_hook_expects_it()
    {
        using var repo = NormalizedRepository();
        InstallHook(repo, null, new PreCommitOptions());
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = repo.Path, GlobalJson = repo.Write("global.json", UnsatisfiablePin), HostAssembly = HookHost.Assembly },
            out var engine);

        task.Execute();

        Assert.Empty(engine.Warnings);
        Assert.Matches(
            @"^global\.json pins SDK 1\.0\.100 \(rollForward: latestPatch\) but no installed SDK satisfies it \(installed: \d+\.\d+\.\d+[^)]*\); install it: ",
            Assert.Single(engine.Errors).Message);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    public void A_missing_hook_is_expected_only_when_hooks_are_on_and_the_host_exists(bool installHooks, bool hostExists, bool reported)
    {
        using var repo = NormalizedRepository();
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = repo.Path, InstallHooks = installHooks, HostAssembly = hostExists ? HookHost.Assembly : repo.Combine("EmilySovereign.Hook.dll") },
            out var engine);

        Assert.True(task.Execute());

        Assert.Equal(
            reported ? new[] { $"{repo.Combine(".git/hooks/pre-commit")}(0,0): warning ES6204: the pre-commit hook is not installed; run: dotnet msbuild -t:EmilySovereignInstallHook" } : Array.Empty<string>(),
            engine.Diagnostics);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_expected_hook_carries_the_tasks_check_settings(bool sameSettings)
    {
        using var repo = NormalizedRepository();
        var options = new PreCommitOptions { MaxFileSizeKB = 100 };
        options.Disable("ES6005");
        InstallHook(repo, "/opt/dotnet/dotnet", options);
        var task = RecordingBuildEngine.Attach(
            new DoctorTask
            {
                WorkingDirectory = repo.Path,
                HostAssembly = HookHost.Assembly,
                DotnetHost = "/opt/dotnet/dotnet",
                DisabledChecks = sameSettings ? new[] { "ES6005" } : Array.Empty<string>(),
                MaxFileSizeKB = 100,
            },
            out var engine);

        task.Execute();

        Assert.Equal(
            sameSettings ? Array.Empty<string>() : new[] { $"{repo.Combine(".git/hooks/pre-commit")}(0,0): warning ES6204: the pre-commit hook is outdated (other package version or settings); run: dotnet msbuild -t:EmilySovereignInstallHook" },
            engine.Diagnostics);
    }

    [Theory]
    [InlineData("", ".config/dotnet-tools.json", ".config/dotnet-tools.json")]
    [InlineData("", "dotnet-tools.json", "dotnet-tools.json")]
    [InlineData("", ".config/dotnet-tools.json dotnet-tools.json", ".config/dotnet-tools.json")]
    [InlineData("src/app", ".config/dotnet-tools.json src/dotnet-tools.json", "src/dotnet-tools.json")]
    [InlineData("src/app", "dotnet-tools.json", "dotnet-tools.json")]
    public void The_tool_manifest_is_the_nearest_one_dotnet_tool_restore_would_use(string workingFolder, string manifests, string found)
    {
        using var folder = new TempDirectory("doctor");
        foreach (var manifest in manifests.Split(' '))
            folder.Write(manifest, UnrestoredManifest);
        Directory.CreateDirectory(folder.Combine(workingFolder));

        Assert.Equal(new[] { UnrestoredDiagnostic(folder.Combine(found)) }, RunWithTools(folder.Combine(workingFolder), "", folder.Combine("packages")));
    }

    [Fact]
    public void A_given_tool_manifest_is_used_instead_of_the_nearest()
    {
        using var folder = new TempDirectory("doctor");
        folder.Write("dotnet-tools.json", "{ \"tools\": { \"other.tool\": { \"version\": \"1.0.0\" } } }");
        var given = folder.Write("eng/tools.json", UnrestoredManifest);

        Assert.Equal(new[] { UnrestoredDiagnostic(given) }, RunWithTools(folder.Path, given, folder.Combine("packages")));
    }

    [Fact]
    public void Without_a_packages_folder_the_tools_are_looked_for_where_NuGet_puts_them()
    {
        using var folder = new TempDirectory("doctor");
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        var packages = string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
        var restored = Directory.EnumerateDirectories(packages).SelectMany(Directory.EnumerateDirectories).First();
        var manifest = folder.Write("dotnet-tools.json",
            $"{{ \"tools\": {{ \"{Path.GetFileName(Path.GetDirectoryName(restored))}\": {{ \"version\": \"{Path.GetFileName(restored)}\" }}, \"absent.tool\": {{ \"version\": \"1.0.0\" }} }} }}");

        Assert.Equal(new[] { UnrestoredDiagnostic(manifest) }, RunWithTools(folder.Path, "", ""));
    }

    private static string UnrestoredDiagnostic(string manifest) =>
        $"{manifest}(0,0): error ES6203: local tools not restored: absent.tool 1.0.0; run: dotnet tool restore";

    private static string[] RunWithTools(string workingDirectory, string toolManifest, string packagesFolder)
    {
        if (packagesFolder.Length > 0)
            Directory.CreateDirectory(Path.Combine(packagesFolder, "present.tool", "2.0.0"));
        var task = RecordingBuildEngine.Attach(
            new DoctorTask { WorkingDirectory = workingDirectory, ToolManifest = toolManifest, PackagesFolder = packagesFolder },
            out var engine);
        task.Execute();
        return engine.Diagnostics.ToArray();
    }

    private static GitRepository NormalizedRepository()
    {
        var repo = GitRepository.Init();
        repo.Write(".gitattributes", "* text=auto eol=lf\n");
        return repo;
    }

    private static void InstallHook(GitRepository repo, string? dotnet, PreCommitOptions options) =>
        HookInstaller.Install(HookInstaller.FindHookPath(repo.Path), HookScript.Create(Path.GetFullPath(HookHost.Assembly), dotnet, options));

    /// <summary>An executable that prints <paramref name="listed"/> for <c>--list-sdks</c>, as dotnet does.</summary>
    private static string FakeDotnet(TempDirectory folder, string listed)
    {
        var output = folder.Write("sdks.txt", listed);
        var script = folder.Write("dotnet", $"#!/bin/sh\n[ \"$1\" = --list-sdks ] && exec cat '{output}'\nexit 1\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }
}
