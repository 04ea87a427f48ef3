using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Package;

/// <summary>
/// The layering the package promises: the MSBuild tasks and the runtime never load Roslyn, the runtime loads no tooling
/// assembly, and the package depends on no other package (the contract lists none). Checked on the shipped
/// assemblies' metadata and on the project files, so a transitive reference is caught as well as a direct one.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LayeringTests(PackageFixture fixture)
{
    // The package dependencies CONTRACT.md allows: "Nothing else to install".
    private static readonly string[] ContractDependencies = [];

    private static readonly string[] ToolingAssemblies = ["Microsoft.CodeAnalysis", "Microsoft.Build", "EmilySovereign."];

    [Theory]
    [InlineData("build/tasks/EmilySovereign.Build.dll")]
    [InlineData("build/tasks/EmilySovereign.Hook.dll")]
    [InlineData("lib/net8.0/EmilySovereign.Runtime.dll")]
    [InlineData("lib/net10.0/EmilySovereign.Runtime.dll")]
    public void Build_tasks_and_runtime_never_reference_Roslyn(string entry) =>
        Assert.DoesNotContain(References(entry), name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

    [Theory]
    [InlineData("lib/net8.0/EmilySovereign.Runtime.dll")]
    [InlineData("lib/net10.0/EmilySovereign.Runtime.dll")]
    public void Runtime_references_no_tooling_assembly(string entry) =>
        Assert.DoesNotContain(References(entry), name => ToolingAssemblies.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));

    [Fact]
    public void The_reference_check_sees_Roslyn_where_it_is()
    {
        Assert.Contains("Microsoft.CodeAnalysis", References("analyzers/dotnet/cs/EmilySovereign.Analyzers.dll"));
        Assert.Contains("EmilySovereign.Build", References("build/tasks/EmilySovereign.Hook.dll"));
    }

    [Fact]
    public void The_package_depends_only_on_what_the_contract_lists()
    {
        using var zip = ZipFile.OpenRead(fixture.Package.PackagePath);
        using var nuspec = zip.GetEntry("EmilySovereign.nuspec")!.Open();

        Assert.Empty(Dependencies(XDocument.Load(nuspec)).Except(ContractDependencies));
    }

    [Fact]
    public void The_dependency_check_sees_a_dependency_in_any_group()
    {
        var nuspec = XDocument.Parse("""
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><dependencies>
              <group targetFramework="net8.0"><dependency id="Microsoft.CodeAnalysis.CSharp" version="4.8.0" /></group>
            </dependencies></metadata></package>
            """);

        Assert.Equal(["Microsoft.CodeAnalysis.CSharp"], Dependencies(nuspec));
    }

    [Theory]
    [InlineData("src/Build/EmilySovereign.Build.csproj")]
    [InlineData("src/Build/Hook/EmilySovereign.Hook.csproj")]
    [InlineData("src/Runtime/EmilySovereign.Runtime.csproj")]
    public void Build_and_runtime_projects_reference_no_Roslyn_package_and_no_tooling_assembly(string project)
    {
        var evaluation = DotnetCli.Run(RepositoryPaths.Root, ["msbuild", RepositoryPaths.Combine(project), "-getItem:PackageReference", "-getItem:ProjectReference", "-nologo"]);
        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        var items = JsonDocument.Parse(evaluation.StandardOutput).RootElement.GetProperty("Items");

        Assert.DoesNotContain(Identities(items, "PackageReference"), id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        if (project.Contains("Runtime", StringComparison.Ordinal))
        {
            // The runtime's tooling project references build or pack them; none may become a reference of the runtime.
            Assert.All(
                items.GetProperty("ProjectReference").EnumerateArray(),
                reference => Assert.Equal("false", reference.GetProperty("ReferenceOutputAssembly").GetString(), ignoreCase: true));
        }
    }

    private static IEnumerable<string> Identities(JsonElement items, string itemType) =>
        items.TryGetProperty(itemType, out var list) ? list.EnumerateArray().Select(item => item.GetProperty("Identity").GetString()!) : [];

    private static string[] Dependencies(XDocument nuspec) =>
        nuspec.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => (string)element.Attribute("id")!).ToArray();

    private string[] References(string entry)
    {
        using var zip = ZipFile.OpenRead(fixture.Package.PackagePath);
        using var copy = new MemoryStream();
        using (var stream = zip.GetEntry(entry)!.Open())
            stream.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToArray();
    }
}
