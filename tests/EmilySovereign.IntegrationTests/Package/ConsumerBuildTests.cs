using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Package;

/// <summary>A brand-new project with nothing but the package reference gets the runtime, the tooling and the targets.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests(PackageFixture fixture)
{
    private const string Program = """
        using System;
        using EmilySovereign;

        [assembly: Layer("Cognition")]

        namespace Consumer;

        public static class Program
        {
            [LatencyBudget(50)]
            public static void Main() =>
                Console.WriteLine("attribute from " + typeof(LatencyBudgetAttribute).Assembly.GetName().Name);
        }
        """;

    [Fact]
    public void Consumer_builds_runs_and_sees_the_runtime_attributes()
    {
        using var consumer = ConsumerProject.Create(fixture.Package);
        consumer.Write("src/Consumer/Program.cs", Program);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("attribute from EmilySovereign.Runtime", run.StandardOutput);
    }

    [Fact]
    public void Consumer_build_runs_the_packaged_analyzers_and_generators()
    {
        using var consumer = ConsumerProject.Create(fixture.Package);
        consumer.Write("src/Consumer/Program.cs", Program);

        var build = consumer.Build("-p:ReportAnalyzer=true", "-v:detailed");

        Assert.True(build.ExitCode == 0, build.ToString());
        var report = build.StandardOutput[build.StandardOutput.IndexOf("Total analyzer execution time", System.StringComparison.Ordinal)..];
        Assert.Contains("EmilySovereign.Analyzers", report);
        Assert.Contains("EmilySovereign.Generators", report);
    }

    [Fact]
    public void Package_targets_find_architecture_json_and_adr_files_above_the_project()
    {
        using var consumer = ConsumerProject.Create(fixture.Package);
        consumer.Write("src/Consumer/Program.cs", Program);
        var architecture = consumer.Write("architecture.json", """{ "layers": {} }""");
        var adr = consumer.Write("docs/adr/0001-record-decisions.md", "# ADR 001: Record decisions\n\nStatus: Accepted\n");

        var evaluation = consumer.Evaluate("-getItem:AdditionalFiles", "-getProperty:EmilySovereignAdrDirectory");

        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Contains(architecture, evaluation.StandardOutput);
        Assert.Contains(adr, evaluation.StandardOutput);
        Assert.Contains(Path.GetDirectoryName(adr)!, evaluation.StandardOutput);
    }

    [Fact]
    public void Package_targets_honour_the_override_properties()
    {
        using var consumer = ConsumerProject.Create(
            fixture.Package,
            """
              <PropertyGroup>
                <EmilySovereignArchitectureFile>$(MSBuildProjectDirectory)/../../rules/layers.json</EmilySovereignArchitectureFile>
                <EmilySovereignAdrDirectory>$(MSBuildProjectDirectory)/../../decisions</EmilySovereignAdrDirectory>
              </PropertyGroup>
            """);
        consumer.Write("src/Consumer/Program.cs", Program);
        consumer.Write("architecture.json", """{ "layers": {} }""");
        consumer.Write("rules/layers.json", """{ "layers": {} }""");
        consumer.Write("decisions/0002-use-overrides.md", "# ADR 002: Use overrides\n\nStatus: Accepted\n");

        var evaluation = consumer.Evaluate("-getItem:AdditionalFiles");

        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Contains("layers.json", evaluation.StandardOutput);
        Assert.Contains("0002-use-overrides.md", evaluation.StandardOutput);
        Assert.DoesNotContain(Path.Combine(consumer.RootDirectory, "architecture.json"), evaluation.StandardOutput);
    }
}
