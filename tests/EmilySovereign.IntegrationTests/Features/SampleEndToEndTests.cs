using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>The repository's samples, rebuilt against the packed package instead of the repository's projects.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleEndToEndTests(PackageFixture fixture)
{
    private const string RootNamespace = "<PropertyGroup><RootNamespace>Emily</RootNamespace></PropertyGroup>";

    [Fact]
    public void The_sample_system_builds_clean_and_runs_its_chaos_drill()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, RootNamespace);
        CopySample(consumer, "EmilySovereign.Sample");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.Output), d => d.Id.StartsWith("ES", System.StringComparison.Ordinal));

        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("chaos drill (primary crashes): path HdcFallback", run.StandardOutput);
        Assert.Contains("ADR 3: Fall back to HDC when the gate is late (Accepted)", run.StandardOutput);
    }

    [Fact]
    public void The_sample_breaches_are_reported_one_per_rule_family_at_their_lines()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, RootNamespace, outputType: "Library");
        CopySample(consumer, "EmilySovereign.Sample.Violations");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var reported = BuildDiagnostic.Parse(build.Output)
            .Where(d => d.Id.StartsWith("ES", System.StringComparison.Ordinal))
            .Select(d => (d.Id, d.FileName, d.Line, d.Severity))
            .OrderBy(d => d.Id)
            .ToList();
        Assert.Equal(
            [
                ("ES1001", "Breaches.cs", 17, "error"),
                ("ES2002", "Breaches.cs", 20, "error"),
                ("ES5001", "Breaches.cs", 22, "error"),
                ("ES5002", "Breaches.cs", 14, "warning"),
            ],
            reported);
    }

    /// <summary>Sources go into the project folder, architecture.json and docs/adr to the root above it.</summary>
    private static void CopySample(ConsumerProject consumer, string sample)
    {
        var source = RepositoryPaths.Combine("samples", sample);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", System.StringComparison.Ordinal) || relative.StartsWith("obj", System.StringComparison.Ordinal))
                continue;
            if (file.EndsWith(".cs", System.StringComparison.Ordinal))
                consumer.Write(Path.Combine("src", "Consumer", relative), File.ReadAllText(file));
            else if (relative == "architecture.json" || relative.StartsWith(Path.Combine("docs", "adr"), System.StringComparison.Ordinal))
                consumer.Write(relative, File.ReadAllText(file));
        }
    }
}
