using System;
using System.IO;
using System.Runtime.InteropServices;
using EmilySovereign.Build.Git;

namespace EmilySovereign.Build.Hooks;

internal enum HookState
{
    Installed,
    Updated,
    UpToDate,
    Foreign,
    Missing,
    Outdated,
    NotARepository,
}

/// <summary>
/// Puts the pre-commit hook where git looks for it: <c>git rev-parse --git-path hooks</c> honours core.hooksPath,
/// linked worktrees (hooks are shared in the common dir) and submodules (<c>.git</c> is a file). Writes only
/// missing hooks or its own outdated ones, atomically, so parallel builds cannot leave half a file.
/// </summary>
internal static class HookInstaller
{
    public static string? FindHookPath(string workingDirectory)
    {
        var result = GitCommand.Run(workingDirectory, "rev-parse", "--git-path", "hooks");
        if (!result.Succeeded)
            return null;
        var hooks = result.Output.Trim();
        return Path.GetFullPath(Path.Combine(workingDirectory, hooks, "pre-commit"));
    }

    /// <summary>What is at the hook path compared with <paramref name="script"/>, without changing anything.</summary>
    public static HookState Inspect(string? hookPath, string script)
    {
        if (hookPath is null)
            return HookState.NotARepository;
        if (!File.Exists(hookPath))
            return HookState.Missing;
        var existing = File.ReadAllText(hookPath);
        if (existing.IndexOf(HookScript.Marker, StringComparison.Ordinal) < 0)
            return HookState.Foreign;
        return existing == script ? HookState.UpToDate : HookState.Outdated;
    }

    public static HookState Install(string? hookPath, string script)
    {
        var state = Inspect(hookPath, script);
        if (state != HookState.Missing && state != HookState.Outdated)
            return state;

        var directory = Path.GetDirectoryName(hookPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, ".pre-commit." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temporary, script);
        MakeExecutable(temporary);
        try
        {
            if (state == HookState.Outdated)
                File.Replace(temporary, hookPath!, null);
            else
                File.Move(temporary, hookPath!);
        }
        catch (IOException) when (Inspect(hookPath, script) == HookState.UpToDate)
        {
            // Another build of the same repository wrote the same hook first.
            File.Delete(temporary);
            return HookState.UpToDate;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return state == HookState.Outdated ? HookState.Updated : HookState.Installed;
    }

    private static void MakeExecutable(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            return;
        if (Chmod(path, Convert.ToInt32("755", 8)) != 0)
            throw new IOException("chmod 755 failed for " + path);
    }

    [DllImport("libc", EntryPoint = "chmod", SetLastError = true)]
    private static extern int Chmod(string path, int mode);
}
