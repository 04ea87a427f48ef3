using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Hooks;

/// <summary>Installs or updates the pre-commit hook after build; warns (ES6101) instead of replacing a foreign hook.</summary>
public sealed class InstallHookTask : PreCommitTaskBase
{
    [Required]
    public string WorkingDirectory { get; set; } = "";

    /// <summary>EmilySovereign.Hook.dll, the host the hook starts.</summary>
    [Required]
    public string HostAssembly { get; set; } = "";

    /// <summary>The dotnet executable running this build (DOTNET_HOST_PATH); the hook falls back to PATH.</summary>
    public string DotnetHost { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(HostAssembly))
        {
            Log.LogMessage(MessageImportance.Low, "EmilySovereign: no hook host at " + HostAssembly + "; pre-commit hook not installed.");
            return true;
        }

        var options = CreateOptions();
        var script = HookScript.Create(Path.GetFullPath(HostAssembly), DotnetHost, options);
        var hookPath = HookInstaller.FindHookPath(WorkingDirectory);
        try
        {
            var state = HookInstaller.Install(hookPath, script);
            switch (state)
            {
                case HookState.Installed:
                case HookState.Updated:
                    Log.LogMessage(MessageImportance.High, $"EmilySovereign: pre-commit hook {state.ToString().ToLowerInvariant()} at {hookPath}");
                    break;
                case HookState.Foreign:
                    Report(BuildRules.ForeignHook, hookPath, 0, 0,
                        "a pre-commit hook that EmilySovereign did not write is already installed; it was left alone. " +
                        "To run the EmilySovereign checks too, add this line to it: " + HookScript.ChainLine(Path.GetFullPath(HostAssembly), options) +
                        " (or set EmilySovereignInstallHooks=false to silence this)");
                    break;
            }
        }
        catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
        {
            Report(BuildRules.HookNotInstalled, hookPath, 0, 0, "the pre-commit hook could not be written: " + e.Message);
        }

        return true;
    }
}
