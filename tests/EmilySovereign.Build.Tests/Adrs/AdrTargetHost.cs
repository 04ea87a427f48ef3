using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// A tiny project in a temp git repository that imports the repository's build/EmilySovereign.props and .targets,
/// with the task assembly pointing at the built one, so -t:AdrIndex and -t:AdrNew run exactly as a consumer's do.
/// </summary>
internal sealed class AdrTargetHost : System.IDisposable
{
    private static readonly string Configuration = new DirectoryInfo(System.AppContext.BaseDirectory).Parent!.Name;

    private AdrTargetHost(GitRepository repository) => Repository = repository;

    public GitRepository Repository { get; }

    public string ProjectFile => Repository.Combine("app.proj");

    public string AdrFolder => Repository.Combine(Path.Combine("docs", "adr"));

    public static string TasksAssembly => RepositoryPaths.Combine("src", "Build", "bin", Configuration, "netstandard2.0", "EmilySovereign.Build.dll");

    public static AdrTargetHost Create()
    {
        var host = new AdrTargetHost(GitRepository.Init());
        var props = RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.props");
        var targets = RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.targets");
        host.Repository.Write("app.proj", $"""
            <Project>
              <PropertyGroup>
                <EmilySovereignTasksAssembly>{TasksAssembly}</EmilySovereignTasksAssembly>
                <EmilySovereignInstallHooks>false</EmilySovereignInstallHooks>
              </PropertyGroup>
              <Import Project="{props}" />
              <Target Name="Build" />
              <Import Project="{targets}" />
            </Project>
            """);
        return host;
    }

    public string WriteAdr(string fileName, string text) => Repository.Write(Path.Combine("docs", "adr", fileName), text);

    public string ReadAdr(string fileName) => File.ReadAllText(Path.Combine(AdrFolder, fileName));

    public IReadOnlyList<string> AdrFiles() =>
        Directory.Exists(AdrFolder) ? Directory.GetFiles(AdrFolder).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToList()! : new List<string>();

    public ProcessResult MSBuild(string target, params string[] properties) =>
        DotnetCli.Run(
            Repository.Path,
            new[] { "msbuild", ProjectFile, "-t:" + target, "-nologo", "-v:m", "-nodeReuse:false" }.Concat(properties.Select(p => "-p:" + p)),
            environment: new Dictionary<string, string?> { ["CI"] = "true" });

    public void Dispose() => Repository.Dispose();
}
