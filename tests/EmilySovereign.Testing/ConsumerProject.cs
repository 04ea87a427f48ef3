using System;
using System.Collections.Generic;
using System.IO;
using System.Security;

namespace EmilySovereign.Testing;

/// <summary>
/// A brand-new project that references only the EmilySovereign package from a local feed. Its own nuget.config adds
/// the feed and its own packages folder, so a stale machine cache can never hide a broken package.
/// The project sits in <c>src/Consumer</c> of a temp folder, so tests can put architecture.json or docs/adr above it.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    private readonly TempDirectory _root;

    private ConsumerProject(TempDirectory root, string projectDirectory)
    {
        _root = root;
        ProjectDirectory = projectDirectory;
    }

    public string RootDirectory => _root.Path;

    public string ProjectDirectory { get; }

    public string ProjectFile => Path.Combine(ProjectDirectory, "Consumer.csproj");

    /// <param name="package">The packed package and its feed.</param>
    /// <param name="extraProjectXml">Extra elements inside the project's &lt;Project&gt;, such as a PropertyGroup.</param>
    /// <param name="outputType">Exe or Library.</param>
    public static ConsumerProject Create(PackedPackage package, string extraProjectXml = "", string outputType = "Exe")
    {
        var root = new TempDirectory("consumer");
        root.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(package.PackagesFolder)}" />
              </config>
              <packageSources>
                <add key="emily-local" value="{SecurityElement.Escape(package.FeedDirectory)}" />
              </packageSources>
            </configuration>
            """);
        var consumer = new ConsumerProject(root, root.Combine(Path.Combine("src", "Consumer")));
        consumer.Write("src/Consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EmilySovereign" Version="{package.Version}" />
              </ItemGroup>
            {extraProjectXml}
            </Project>
            """);
        return consumer;
    }

    /// <summary>Writes a file relative to the temp root (not the project folder).</summary>
    public string Write(string relativePath, string content) => _root.Write(relativePath, content);

    /// <summary>Runs <c>dotnet ARGS</c> in the project folder with <c>CI=true</c> unless the caller overrides it.</summary>
    public ProcessResult Dotnet(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var env = new Dictionary<string, string?> { ["CI"] = "true" };
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
                env[key] = value;
        }

        return DotnetCli.Run(ProjectDirectory, arguments, environment: env);
    }

    public ProcessResult Build(params string[] extraArguments) =>
        Dotnet(["build", ProjectFile, "-nologo", "-clp:NoSummary", .. extraArguments]);

    /// <summary>Restores, then evaluates the project with MSBuild's -getProperty/-getItem switches.</summary>
    public ProcessResult Evaluate(params string[] switches)
    {
        var restore = Dotnet(["restore", ProjectFile, "-nologo"]);
        return restore.ExitCode != 0 ? restore : Dotnet(["msbuild", ProjectFile, "-nologo", .. switches]);
    }

    public void Dispose() => _root.Dispose();
}

/// <summary>A package packed into a local feed, with the packages folder every consumer of one test run shares.</summary>
public sealed record PackedPackage(string FeedDirectory, string PackagePath, string Version, string PackagesFolder);
