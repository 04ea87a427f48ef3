using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Build.Doctor;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>
/// What the doctor finds for given inputs, each with its exact message and file: git that cannot start (ES6205),
/// the SDK global.json pins (ES6201, ES6202, ES6207), unrestored local tools (ES6203), the hook (ES6204), line
/// endings (ES6206), and the order they come in.
/// </summary>
public sealed class DoctorEngineTests
{
    private const string NormalizedAttributes = "* text=auto eol=lf\n";
    private const string LinuxSdkInstall = "curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --version ";
    private const string ExpectedHook = HookScript.Marker + "\nexec current\n";

    [Theory]
    [InlineData(false, "sudo apt-get install git, or your system's package manager")]
    [InlineData(true, "winget install --id Git.Git -e")]
    public void A_git_that_cannot_start_is_ES6205_with_its_install_command_and_skips_the_repository_checks(bool isWindows, string install)
    {
        using var folder = new TempDirectory("doctor");

        var findings = DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = folder.Combine("gone"), IsWindows = isWindows, ExpectedHook = ExpectedHook });

        Assert.Equal(new[] { $"ES6205 : git was not found on PATH: install it ({install})" }, DoctorFindingText.Of(findings));
    }

    [Fact]
    public void Without_git_the_pin_files_are_still_checked_after_it()
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }");
        var manifest = folder.Write("dotnet-tools.json", "{ \"tools\": { \"a.tool\": { \"version\": \"1.0.0\" } } }");

        var findings = DoctorEngine.Examine(new DoctorInputs
        {
            WorkingDirectory = folder.Combine("gone"),
            GlobalJson = globalJson,
            ToolManifest = manifest,
            PackagesFolder = folder.Combine("packages"),
        });

        Assert.Equal(new[] { "ES6205", "ES6201", "ES6203" }, Ids(findings));
    }

    [Theory]
    [InlineData(false, LinuxSdkInstall + "10.0.100")]
    [InlineData(true, "powershell -NoProfile -Command \"& ([scriptblock]::Create((irm https://dot.net/v1/dotnet-install.ps1))) -Version 10.0.100\"")]
    public void A_missing_sdk_is_ES6201_with_the_installed_ones_and_its_install_command(bool isWindows, string install)
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }");

        var findings = Examine(folder, globalJson, isWindows: isWindows, installed: new[] { "9.0.100", "10.0.200", "not-a-version" });

        Assert.Equal(
            new[] { $"ES6201 {globalJson}: global.json pins SDK 10.0.100 (rollForward: latestPatch) but no installed SDK satisfies it (installed: 9.0.100, 10.0.200, not-a-version); install it: {install}" },
            findings);
    }

    [Fact]
    public void With_no_sdk_installed_the_message_says_none_and_names_the_pinned_policy()
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100-rc.1\", \"rollForward\": \"latestFeature\" } }");

        Assert.Equal(
            new[] { $"ES6201 {globalJson}: global.json pins SDK 10.0.100-rc.1 (rollForward: latestFeature) but no installed SDK satisfies it (installed: none); install it: {LinuxSdkInstall}10.0.100-rc.1" },
            Examine(folder, globalJson));
    }

    [Fact]
    public void A_pin_that_is_not_an_sdk_version_is_ES6207()
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0\" } }");

        Assert.Equal(
            new[] { $"ES6207 {globalJson}: sdk.version '10.0' is not an SDK version like 10.0.100" },
            Examine(folder, globalJson, installed: new[] { "10.0.100" }));
    }

    [Fact]
    public void An_unreadable_global_json_is_only_ES6207()
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": ");

        var findings = DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = folder.Path, GlobalJson = globalJson });

        Assert.Equal(new[] { "ES6207" }, Ids(findings));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ \"sdk\": { \"rollForward\": \"latestMajor\" } }")]
    [InlineData("{ \"sdk\": { \"version\": 10 } }")]
    [InlineData("{ \"msbuild-sdks\": { } }")]
    public void A_global_json_that_pins_no_sdk_version_reports_nothing(string? content)
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = content is null ? folder.Combine("global.json") : folder.Write("global.json", content);

        Assert.Empty(Examine(folder, globalJson));
    }

    [Fact]
    public void No_global_json_reports_nothing()
    {
        using var folder = new TempDirectory("doctor");

        Assert.Empty(Examine(folder, ""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.101")]
    [InlineData("10.0.105")]
    public void A_satisfied_pin_reports_nothing_when_the_build_runs_a_selected_sdk_or_none_is_known(string running)
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.101\" } }");

        Assert.Empty(Examine(folder, globalJson, running, installed: new[] { " 10.0.101 ", "10.0.105", "10.0.100" }));
    }

    [Fact]
    public void A_build_on_another_sdk_is_ES6202_naming_the_selected_ones_and_the_folder_to_run_from()
    {
        using var folder = new TempDirectory("doctor");
        var globalJson = folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.101\", \"rollForward\": \"latestPatch\" } }");

        Assert.Equal(
            new[] { $"ES6202 {globalJson}: this build runs SDK 10.0.100, but global.json selects 10.0.101 or 10.0.105: run dotnet from the repository folder (cd {folder.Path})" },
            Examine(folder, globalJson, "10.0.100", new[] { "10.0.100", " 10.0.101 ", "10.0.200", "10.0.105" }));
    }

    [Fact]
    public void Unrestored_tools_are_one_ES6203_listing_each_by_name_and_version()
    {
        using var folder = new TempDirectory("doctor");
        Directory.CreateDirectory(folder.Combine("packages/restored.tool/1.0.0-beta"));
        Directory.CreateDirectory(folder.Combine("packages/other/2.0.0"));
        var manifest = folder.Write(".config/dotnet-tools.json",
            "{ \"version\": 1, \"isRoot\": true, \"tools\": { " +
            "\"Restored.Tool\": { \"version\": \"1.0.0-Beta\", \"commands\": [\"r\"] }, " +
            "\"missing.tool\": { \"version\": \"2.1.0\" }, " +
            "\"unpinned.tool\": { \"commands\": [\"u\"] }, " +
            "\"Other\": { \"version\": \"3.0.0\" } } }");

        Assert.Equal(
            new[] { $"ES6203 {manifest}: local tools not restored: missing.tool 2.1.0, Other 3.0.0; run: dotnet tool restore" },
            ExamineTools(folder, manifest));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[ ]")]
    [InlineData("{ \"version\": 1 }")]
    [InlineData("{ \"tools\": [ ] }")]
    [InlineData("{ \"tools\": { } }")]
    [InlineData("{ \"tools\": { \"Restored.Tool\": { \"version\": \"1.0.0-Beta\" } } }")]
    public void A_manifest_whose_tools_are_all_restored_or_that_lists_none_reports_nothing(string? content)
    {
        using var folder = new TempDirectory("doctor");
        Directory.CreateDirectory(folder.Combine("packages/restored.tool/1.0.0-beta"));
        var manifest = content is null ? folder.Combine("dotnet-tools.json") : folder.Write("dotnet-tools.json", content);

        Assert.Empty(ExamineTools(folder, manifest));
    }

    [Fact]
    public void An_unreadable_manifest_is_ES6207_naming_it()
    {
        using var folder = new TempDirectory("doctor");
        var manifest = folder.Write("dotnet-tools.json", "{ \"tools\": { } } }");

        Assert.Equal(
            new[] { $"ES6207 {manifest}: the tool manifest cannot be read: line 1, column 18: Unexpected text after the end of the JSON document" },
            ExamineTools(folder, manifest));
    }

    [Theory]
    [InlineData(null, "the pre-commit hook is not installed; run: dotnet msbuild -t:EmilySovereignInstallHook")]
    [InlineData(HookScript.Marker + "\nexec older\n", "the pre-commit hook is outdated (other package version or settings); run: dotnet msbuild -t:EmilySovereignInstallHook")]
    [InlineData("#!/bin/sh\nnpx lint-staged\n", "another pre-commit hook is installed, so the EmilySovereign checks do not run on commit; chain them as the ES6101 build warning says")]
    [InlineData(ExpectedHook, null)]
    public void The_hook_is_ES6204_at_its_path_unless_it_is_the_expected_one(string? installed, string? message)
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", NormalizedAttributes);
        if (installed is not null)
            repo.Write(".git/hooks/pre-commit", installed);

        var findings = DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = repo.Path, ExpectedHook = ExpectedHook });

        Assert.Equal(
            message is null ? System.Array.Empty<string>() : new[] { $"ES6204 {repo.Combine(".git/hooks/pre-commit")}: {message}" },
            DoctorFindingText.Of(findings));
    }

    [Fact]
    public void With_hooks_turned_off_no_hook_is_expected()
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", NormalizedAttributes);

        Assert.Empty(DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = repo.Path, ExpectedHook = null }));
    }

    [Fact]
    public void Outside_a_repository_no_hook_or_line_ending_is_checked()
    {
        using var folder = new TempDirectory("doctor");

        Assert.Empty(DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = folder.Path, ExpectedHook = ExpectedHook }));
    }

    [Fact]
    public void Findings_come_sdk_first_then_tools_hook_and_line_endings()
    {
        using var repo = GitRepository.Init();
        var manifest = repo.Write("dotnet-tools.json", "{ \"tools\": { \"a.tool\": { \"version\": \"1.0.0\" } } }");

        var findings = DoctorEngine.Examine(new DoctorInputs
        {
            WorkingDirectory = repo.Path,
            GlobalJson = repo.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }"),
            ToolManifest = manifest,
            PackagesFolder = repo.Combine("packages"),
            ExpectedHook = ExpectedHook,
        });

        Assert.Equal(new[] { "ES6201", "ES6203", "ES6204", "ES6206" }, Ids(findings));
    }

    private static string[] Ids(IEnumerable<DoctorFinding> findings) => findings.Select(f => f.Rule.Id).ToArray();

    private static string[] Examine(TempDirectory folder, string globalJson, string running = "", string[]? installed = null, bool isWindows = false) =>
        DoctorFindingText.Of(DoctorEngine.Examine(new DoctorInputs
        {
            WorkingDirectory = folder.Path,
            GlobalJson = globalJson,
            RunningSdk = running,
            InstalledSdks = installed ?? System.Array.Empty<string>(),
            IsWindows = isWindows,
        }));

    private static string[] ExamineTools(TempDirectory folder, string manifest) =>
        DoctorFindingText.Of(DoctorEngine.Examine(new DoctorInputs
        {
            WorkingDirectory = folder.Path,
            ToolManifest = manifest,
            PackagesFolder = folder.Combine("packages"),
        }));
}
