using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace EmilySovereign.Build.Git;

/// <summary>What a finished git (or other) process printed and returned.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Starts git (or another tool) without a shell. netstandard2.0 has no ArgumentList, so arguments are quoted by the
/// rules .NET uses to split them again on every platform.
/// </summary>
internal static class GitCommand
{
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName, JoinArguments(arguments))
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        // Read-only commands must not even refresh the index's stat cache: the checks promise not to touch it.
        info.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        return info;
    }

    /// <summary>Runs git to completion; a missing git executable is exit code -1 with the reason in the error text.</summary>
    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        RunTool("git", workingDirectory, arguments);

    public static CommandResult RunTool(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        try
        {
            using var process = Process.Start(StartInfo(fileName, workingDirectory, arguments))!;

            // Synchronous reads on purpose: async pipe reads start the sockets engine, which costs the hook start-up
            // time. git writes little to stderr, far less than a pipe buffer, so reading it second cannot block.
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new CommandResult(process.ExitCode, output, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new CommandResult(-1, "", fileName + " could not be started: " + e.Message);
        }
    }

    public static string JoinArguments(IEnumerable<string> arguments)
    {
        var builder = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (builder.Length > 0)
                builder.Append(' ');
            AppendQuoted(builder, argument);
        }

        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            builder.Append(argument);
            return;
        }

        builder.Append('"');
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote; then each one must be doubled.
            builder.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
            backslashes = 0;
            builder.Append(c);
        }

        builder.Append('\\', backslashes * 2);
        builder.Append('"');
    }
}
