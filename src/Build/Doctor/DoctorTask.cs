using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Doctor;

/// <summary><c>dotnet msbuild -t:Doctor</c>: reports each difference with its fix; fails when something required is missing.</summary>
public sealed class DoctorTask : PreCommitTaskBase
{
    [Required]
    public string WorkingDirectory { get; set; } = "";

    public string GlobalJson { get; set; } = "";

    public string ToolManifest { get; set; } = "";

    public string PackagesFolder { get; set; } = "";

    public string RunningSdk { get; set; } = "";

    public string DotnetHost { get; set; } = "";

    public string HostAssembly { get; set; } = "";

    public bool InstallHooks { get; set; } = true;

    public override bool Execute()
    {
        var dotnet = string.IsNullOrEmpty(DotnetHost) ? "dotnet" : DotnetHost;
        var inputs = new DoctorInputs
        {
            WorkingDirectory = WorkingDirectory,
            GlobalJson = GlobalJson,
            ToolManifest = ToolManifest.Length > 0 ? ToolManifest : FindToolManifest(WorkingDirectory),
            PackagesFolder = PackagesFolder.Length > 0 ? PackagesFolder : DefaultPackagesFolder(),
            RunningSdk = RunningSdk,
            InstalledSdks = ListSdks(dotnet),
            IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows),
            ExpectedHook = InstallHooks && File.Exists(HostAssembly) ? HookScript.Create(Path.GetFullPath(HostAssembly), DotnetHost, CreateOptions()) : null,
        };

        var findings = DoctorEngine.Examine(inputs);
        foreach (var finding in findings)
            Report(finding.Rule, finding.File, 0, 0, finding.Message);
        Log.LogMessage(MessageImportance.High, findings.Count == 0
            ? "EmilySovereign doctor: this machine matches what the repository pins."
            : $"EmilySovereign doctor: {findings.Count} difference(s).");
        return !Log.HasLoggedErrors;
    }

    private static IReadOnlyList<string> ListSdks(string dotnet)
    {
        var result = GitCommand.RunTool(dotnet, Directory.GetCurrentDirectory(), new[] { "--list-sdks" });
        var versions = new List<string>();
        foreach (var line in result.Output.Split('\n'))
        {
            var space = line.IndexOf(' ');
            if (space > 0)
                versions.Add(line.Substring(0, space).Trim());
        }

        return versions;
    }

    /// <summary>Where <c>dotnet tool restore</c> looks: .config/dotnet-tools.json or dotnet-tools.json, nearest first.</summary>
    private static string FindToolManifest(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, ".config", "dotnet-tools.json"), Path.Combine(dir.FullName, "dotnet-tools.json") })
            {
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return "";
    }

    private static string DefaultPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrEmpty(configured)
            ? configured!
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }
}
