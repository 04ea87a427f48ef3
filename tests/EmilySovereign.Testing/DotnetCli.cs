using System;
using System.Collections.Generic;

namespace EmilySovereign.Testing;

/// <summary>Runs the dotnet CLI the way a quiet, reproducible test needs it: no logo, no telemetry, no node reuse.</summary>
public static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var env = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
        };
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
                env[key] = value;
        }

        return ProcessRunner.Run("dotnet", arguments, workingDirectory, timeout ?? DefaultTimeout, env);
    }
}
