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
        SampleFiles.CopyInto(consumer, "EmilySovereign.Sample");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.Output), d => d.Id.StartsWith("ES", System.StringComparison.Ordinal));

        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("chaos drill (primary crashes): path HdcFallback", run.StandardOutput);
        Assert.Contains("ADR 3: Fall back to HDC when the gate is late (Accepted)", run.StandardOutput);
    }
}
