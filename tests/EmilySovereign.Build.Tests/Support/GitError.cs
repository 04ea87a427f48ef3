using System;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>What git itself prints on its error stream when a command fails in a folder (its wording varies by version).</summary>
internal static class GitError
{
    public static string Of(string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, directory, TimeSpan.FromMinutes(1));
        Assert.NotEqual(0, result.ExitCode);
        return result.StandardError.Trim();
    }

    public static string FirstLineOf(string directory, params string[] arguments) => Of(directory, arguments).Split('\n')[0];
}
