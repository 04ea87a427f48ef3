using System.IO.Compression;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Package;

[Collection(PackageCollection.Name)]
public sealed class PackageShapeTests(PackageFixture fixture)
{
    [Fact]
    public void Pack_of_the_solution_makes_exactly_one_package()
    {
        Assert.Equal(["EmilySovereign." + fixture.Package.Version + ".nupkg"], fixture.PackageFiles);
    }

    [Theory]
    [InlineData("lib/net8.0/EmilySovereign.Runtime.dll")]
    [InlineData("lib/net10.0/EmilySovereign.Runtime.dll")]
    [InlineData("lib/net10.0/EmilySovereign.Runtime.xml")]
    [InlineData("analyzers/dotnet/cs/EmilySovereign.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/EmilySovereign.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/EmilySovereign.Generators.dll")]
    [InlineData("build/EmilySovereign.props")]
    [InlineData("build/EmilySovereign.targets")]
    [InlineData("build/tasks/EmilySovereign.Build.dll")]
    [InlineData("build/tasks/EmilySovereign.Hook.dll")]
    [InlineData("build/tasks/EmilySovereign.Hook.runtimeconfig.json")]
    [InlineData("build/Features/PreCommit.targets")]
    [InlineData("build/Features/Hooks.targets")]
    [InlineData("build/Features/Doctor.targets")]
    [InlineData("buildTransitive/EmilySovereign.props")]
    [InlineData("buildTransitive/EmilySovereign.targets")]
    [InlineData("README.md")]
    public void Package_contains(string entry)
    {
        using var zip = ZipFile.OpenRead(fixture.Package.PackagePath);
        Assert.Contains(entry, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Package_declares_license_readme_and_repository_and_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(fixture.Package.PackagePath);
        using var reader = new System.IO.StreamReader(zip.GetEntry("EmilySovereign.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.DoesNotContain("<dependency ", nuspec);
    }
}
