using System.Collections.Generic;
using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Doctor;

/// <summary>
/// -t:Doctor: compares the machine with what the repository pins and says, for each difference, the exact command
/// that fixes it. Errors are things a build needs (SDK, restored tools, git); warnings are drift (hook, line ends).
/// </summary>
internal static class DoctorEngine
{
    public static IReadOnlyList<DoctorFinding> Examine(DoctorInputs inputs)
    {
        var findings = new List<DoctorFinding>();
        var git = GitCommand.Run(inputs.WorkingDirectory, "--version");
        if (git.ExitCode == -1)
            findings.Add(new DoctorFinding(BuildRules.GitMissing, null, "git was not found on PATH: install it (" + InstallGitCommand(inputs.IsWindows) + ")"));
        CheckSdk(inputs, findings);
        CheckTools(inputs, findings);
        if (git.ExitCode != -1)
        {
            CheckHook(inputs, findings);
            LineEndingAdvice.Check(inputs.WorkingDirectory, inputs.IsWindows, findings);
        }

        return findings;
    }

    private static void CheckSdk(DoctorInputs inputs, List<DoctorFinding> findings)
    {
        if (inputs.GlobalJson.Length == 0 || !File.Exists(inputs.GlobalJson))
            return;
        var json = PinFile.Read(inputs.GlobalJson, "global.json", findings);
        if (json is null)
            return;
        var version = PinFile.GetString(json, "sdk", "version");
        var rollForward = PinFile.GetString(json, "sdk", "rollForward");

        if (version is null)
            return;
        var pinned = SdkVersion.TryParse(version);
        if (pinned is null)
        {
            findings.Add(new DoctorFinding(BuildRules.PinFileUnreadable, inputs.GlobalJson, $"sdk.version '{version}' is not an SDK version like 10.0.100"));
            return;
        }

        // The muxer's default when a version is pinned without a policy.
        var policy = rollForward ?? "latestPatch";
        var satisfying = new List<string>();
        foreach (var text in inputs.InstalledSdks)
        {
            var installed = SdkVersion.TryParse(text);
            if (installed is not null && SdkVersion.Satisfies(installed, pinned, policy))
                satisfying.Add(installed.Text);
        }

        if (satisfying.Count == 0)
        {
            findings.Add(new DoctorFinding(
                BuildRules.SdkMissing,
                inputs.GlobalJson,
                $"global.json pins SDK {version} (rollForward: {policy}) but no installed SDK satisfies it " +
                $"(installed: {(inputs.InstalledSdks.Count == 0 ? "none" : string.Join(", ", inputs.InstalledSdks))}); install it: {InstallSdkCommand(version, inputs.IsWindows)}"));
            return;
        }

        if (inputs.RunningSdk.Length > 0 && !satisfying.Contains(inputs.RunningSdk))
        {
            findings.Add(new DoctorFinding(
                BuildRules.SdkDiffers,
                inputs.GlobalJson,
                $"this build runs SDK {inputs.RunningSdk}, but global.json selects {string.Join(" or ", satisfying)}: run dotnet from the repository folder (cd {Path.GetDirectoryName(inputs.GlobalJson)})"));
        }
    }

    private static void CheckTools(DoctorInputs inputs, List<DoctorFinding> findings)
    {
        if (inputs.ToolManifest.Length == 0 || !File.Exists(inputs.ToolManifest))
            return;
        var manifest = PinFile.Read(inputs.ToolManifest, "the tool manifest", findings);
        if (manifest is not JsonObject root || root.Get("tools") is not JsonObject byId)
            return;
        var missing = new List<string>();
        foreach (var tool in byId.Properties)
        {
            var version = PinFile.GetString(tool.Value, "version");
            if (version is null)
                continue;
            var folder = Path.Combine(inputs.PackagesFolder, tool.Name.ToLowerInvariant(), version.ToLowerInvariant());
            if (!Directory.Exists(folder))
                missing.Add(tool.Name + " " + version);
        }

        if (missing.Count > 0)
        {
            findings.Add(new DoctorFinding(
                BuildRules.ToolNotRestored,
                inputs.ToolManifest,
                $"local tools not restored: {string.Join(", ", missing)}; run: dotnet tool restore"));
        }
    }

    private static void CheckHook(DoctorInputs inputs, List<DoctorFinding> findings)
    {
        if (inputs.ExpectedHook is null)
            return;
        var hookPath = HookInstaller.FindHookPath(inputs.WorkingDirectory);
        var state = HookInstaller.Inspect(hookPath, inputs.ExpectedHook);
        var message = state switch
        {
            HookState.Missing => "the pre-commit hook is not installed; run: dotnet msbuild -t:EmilySovereignInstallHook",
            HookState.Outdated => "the pre-commit hook is outdated (other package version or settings); run: dotnet msbuild -t:EmilySovereignInstallHook",
            HookState.Foreign => "another pre-commit hook is installed, so the EmilySovereign checks do not run on commit; chain them as the ES6101 build warning says",
            _ => null,
        };
        if (message is not null)
            findings.Add(new DoctorFinding(BuildRules.HookOutdated, hookPath, message));
    }

    private static string InstallSdkCommand(string version, bool isWindows) =>
        isWindows
            ? $"powershell -NoProfile -Command \"& ([scriptblock]::Create((irm https://dot.net/v1/dotnet-install.ps1))) -Version {version}\""
            : $"curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --version {version}";

    private static string InstallGitCommand(bool isWindows) =>
        isWindows ? "winget install --id Git.Git -e" : "sudo apt-get install git, or your system's package manager";
}
