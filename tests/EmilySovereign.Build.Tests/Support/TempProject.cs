using System.Collections.Generic;
using System.IO;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>
/// A tiny project in a temp git repository that imports the repository's build/EmilySovereign.props and .targets with
/// the task assembly pointing at the built one, as a consumer of the package gets them (without packing).
/// </summary>
internal static class TempProject
{
    public const string FileName = "app.proj";

    public static string Write(GitRepository repo, string properties = "", string subfolder = "")
    {
        var props = RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.props");
        var targets = RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.targets");
        var project = $"""
            <Project>
              <PropertyGroup>
                <EmilySovereignTasksAssembly>{HookHost.TasksAssembly}</EmilySovereignTasksAssembly>
                {properties}
              </PropertyGroup>
              <Import Project="{props}" />
              <Target Name="Build" />
              <Import Project="{targets}" />
            </Project>
            """;
        return repo.Write(Path.Combine(subfolder, FileName), project);
    }

    /// <summary>Runs <c>dotnet msbuild</c> on the project; CI is cleared unless the test sets it.</summary>
    public static ProcessResult MSBuild(
        string projectPath, string target, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var env = new Dictionary<string, string?> { ["CI"] = null, ["GITHUB_ACTIONS"] = null, ["TF_BUILD"] = null };
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
                env[key] = value;
        }

        return DotnetCli.Run(
            workingDirectory ?? Path.GetDirectoryName(projectPath)!,
            ["msbuild", projectPath, "-t:" + target, "-nologo", "-v:m", "-nodeReuse:false"],
            environment: env);
    }
}
