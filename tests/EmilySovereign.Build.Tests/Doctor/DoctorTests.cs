using System.IO;
using System.Linq;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Doctor;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>The doctor (<c>-t:Doctor</c>) on temp repositories: ES6201, ES6203, ES6204, ES6206 and ES6207.</summary>
public sealed class DoctorTests
{
    [Fact]
    public void Mismatching_global_json_fails_with_ES6201_and_the_install_command()
    {
        using var repo = GitRepository.Init();
        repo.Write("global.json", "{ \"sdk\": { \"version\": \"1.0.100\", \"rollForward\": \"latestPatch\" } }\n");
        repo.Write(".gitattributes", "* text=auto eol=lf\n");
        var project = TempProject.Write(repo, "<EmilySovereignInstallHooks>false</EmilySovereignInstallHooks>", subfolder: "src");

        // From outside the repository: a dotnet started inside it would stop at global.json before MSBuild runs.
        using var outside = new TempDirectory("outside");
        var result = TempProject.MSBuild(project, "Doctor", workingDirectory: outside.Path);

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(BuildDiagnostic.Parse(result.Output));
        Assert.Equal(("error", "ES6201", repo.Combine("global.json")), (error.Severity, error.Id, error.File));
        Assert.Contains("pins SDK 1.0.100 (rollForward: latestPatch)", error.Message);
        Assert.Contains("dotnet-install", error.Message);
        Assert.Contains("--version 1.0.100", error.Message);
    }

    [Fact]
    public void Matching_repository_reports_nothing_and_succeeds()
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", "* text=auto eol=lf\n");
        var project = TempProject.Write(repo);
        Assert.Equal(0, TempProject.MSBuild(project, "EmilySovereignInstallHook").ExitCode);

        var result = TempProject.MSBuild(project, "Doctor");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildDiagnostic.Parse(result.Output));
    }

    [Fact]
    public void Unrestored_tool_missing_hook_and_no_gitattributes_are_each_reported_with_their_fix()
    {
        using var repo = GitRepository.Init();
        using var packages = new TempDirectory("packages");
        Directory.CreateDirectory(Path.Combine(packages.Path, "restored.tool", "1.0.0"));
        repo.Write(".config/dotnet-tools.json",
            "{ \"version\": 1, \"isRoot\": true, \"tools\": { \"Restored.Tool\": { \"version\": \"1.0.0\", \"commands\": [\"a\"] }, \"missing.tool\": { \"version\": \"2.1.0\", \"commands\": [\"b\"] } } }");

        var findings = DoctorEngine.Examine(new DoctorInputs
        {
            WorkingDirectory = repo.Path,
            ToolManifest = repo.Combine(".config/dotnet-tools.json"),
            PackagesFolder = packages.Path,
            ExpectedHook = HookScript.Create(HookHost.Assembly, null, new PreCommitOptions()),
        });

        Assert.Equal(new[] { "ES6203", "ES6204", "ES6206" }, findings.Select(f => f.Rule.Id).ToArray());
        Assert.Equal(BuildSeverity.Error, findings[0].Rule.Severity);
        Assert.Contains("missing.tool 2.1.0; run: dotnet tool restore", findings[0].Message);
        Assert.Contains("run: dotnet msbuild -t:EmilySovereignInstallHook", findings[1].Message);
        Assert.Contains("echo '* text=auto eol=lf' >> .gitattributes", findings[2].Message);
    }

    [Fact]
    public void Global_json_with_comments_and_trailing_commas_is_read_as_the_dotnet_cli_reads_it()
    {
        using var repo = GitRepository.Init();
        repo.Write("global.json", "{\n  // pinned for CI\n  \"sdk\": { \"version\": \"10.0.100\", /* policy */ \"rollForward\": \"latestFeature\", },\n}\n");

        var findings = DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = repo.Path, GlobalJson = repo.Combine("global.json"), InstalledSdks = new[] { "9.0.100" } });

        var sdk = Assert.Single(findings, f => f.Rule == BuildRules.SdkMissing);
        Assert.Contains("pins SDK 10.0.100 (rollForward: latestFeature)", sdk.Message);
    }

    [Fact]
    public void Unreadable_global_json_is_reported_with_line_and_column()
    {
        using var repo = GitRepository.Init();
        repo.Write("global.json", "{\n  \"sdk\": {\n    \"version\" \"10.0.100\"\n  }\n}\n");

        var findings = DoctorEngine.Examine(new DoctorInputs { WorkingDirectory = repo.Path, GlobalJson = repo.Combine("global.json"), InstalledSdks = new[] { "10.0.100" } });

        var unreadable = Assert.Single(findings, f => f.Rule == BuildRules.PinFileUnreadable);
        Assert.Equal("global.json cannot be read: line 3, column 15: Expected ':' after the property name", unreadable.Message);
    }

    [Fact]
    public void Autocrlf_true_with_normalizing_attributes_but_no_eol_is_reported_on_unix()
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", "* text=auto\n");
        repo.Git("config", "core.autocrlf", "true");
        var findings = new System.Collections.Generic.List<DoctorFinding>();

        LineEndingAdvice.Check(repo.Path, isWindows: false, findings);

        Assert.Contains("git config core.autocrlf input", Assert.Single(findings).Message);
    }
}
