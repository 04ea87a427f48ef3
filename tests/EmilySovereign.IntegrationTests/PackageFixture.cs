using System;
using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests;

/// <summary>Packs the solution once per test run, with the contract's own command, into a temp feed.</summary>
public sealed class PackageFixture : IDisposable
{
    private readonly TempDirectory _directory = new("pack");

    public PackageFixture()
    {
        var feed = _directory.Combine("feed");
        PackResult = DotnetCli.Run(
            RepositoryPaths.Root,
            ["pack", RepositoryPaths.Solution, "-c", "Release", "-o", feed, "-nologo"],
            TimeSpan.FromMinutes(10));
        if (PackResult.ExitCode != 0)
            throw new InvalidOperationException("dotnet pack failed: " + PackResult);

        PackageFiles = Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).ToArray()!;
        var package = PackageFiles.Single(name => name.StartsWith("EmilySovereign.", StringComparison.Ordinal));
        Package = new PackedPackage(
            feed,
            Path.Combine(feed, package),
            package["EmilySovereign.".Length..^".nupkg".Length],
            _directory.Combine("packages"));
    }

    public ProcessResult PackResult { get; }

    /// <summary>The names of every .nupkg the pack produced (symbol packages are .snupkg and not listed).</summary>
    public string[] PackageFiles { get; }

    public PackedPackage Package { get; }

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed package";
}
