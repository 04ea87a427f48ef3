using System.Text;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Hooks;

/// <summary>
/// The text of the pre-commit hook. It starts the check engine with <c>dotnet exec</c> (no MSBuild, no shell
/// tools), so its content is a pure function of the host path, the dotnet path and the options: the installer
/// compares texts to know whether the installed hook is current.
/// </summary>
internal static class HookScript
{
    /// <summary>Every hook this package writes has this line; a hook without it belongs to someone else.</summary>
    public const string Marker = "# EmilySovereign pre-commit hook";

    public static string Create(string hostAssembly, string? dotnetHost, PreCommitOptions options)
    {
        var host = ToShellPath(hostAssembly);
        var dotnet = string.IsNullOrEmpty(dotnetHost) ? "dotnet" : ToShellPath(dotnetHost!);
        var text = new StringBuilder();
        text.Append("#!/bin/sh\n");
        text.Append(Marker).Append(": written by 'dotnet build' (EmilySovereign package); edits are overwritten.\n");
        text.Append("# Configure it with the EmilySovereign* MSBuild properties (docs/pre-commit.md); skip it once with 'git commit --no-verify'.\n");
        text.Append("host=").Append(Quote(host)).Append('\n');
        text.Append("dotnet=").Append(Quote(dotnet)).Append('\n');
        text.Append("if [ ! -f \"$host\" ]; then\n");
        text.Append("  echo \"EmilySovereign: pre-commit checks skipped: $host is gone; run 'dotnet build' to reinstall the hook.\" >&2\n");
        text.Append("  exit 0\n");
        text.Append("fi\n");
        text.Append("command -v \"$dotnet\" >/dev/null 2>&1 || dotnet=dotnet\n");
        text.Append("exec \"$dotnet\" exec \"$host\"").Append(Arguments(options)).Append('\n');
        return text.ToString();
    }

    /// <summary>The one line a foreign hook can call to chain these checks.</summary>
    public static string ChainLine(string hostAssembly, PreCommitOptions options) =>
        "dotnet exec " + Quote(ToShellPath(hostAssembly)) + Arguments(options) + " || exit 1";

    private static string Arguments(PreCommitOptions options)
    {
        var text = new StringBuilder();
        foreach (var argument in options.ToArguments())
            text.Append(' ').Append(Quote(argument));
        return text.ToString();
    }

    // Git for Windows runs hooks with its own sh, which takes forward slashes; backslashes would be escapes.
    private static string ToShellPath(string path) => path.Replace('\\', '/');

    /// <summary>Single quotes keep everything literal; a single quote itself becomes '\''.</summary>
    private static string Quote(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == ':' || c == '+'))
                return "'" + value.Replace("'", "'\\''") + "'";
        }

        return value.Length == 0 ? "''" : value;
    }
}
