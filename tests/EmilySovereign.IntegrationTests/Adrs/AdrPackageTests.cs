using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Adrs;

/// <summary>ADRs end to end through the packed package: generated Adrs, [Adr] checks, and -t:AdrIndex.</summary>
[Collection(PackageCollection.Name)]
public sealed class AdrPackageTests(PackageFixture fixture)
{
    private const string Program = """
        using System;
        using EmilySovereign;

        namespace Consumer;

        public static class Program
        {
            [Adr(3)]
            public static void Main()
            {
                var postgres = Adrs.Get(7)!;
                Console.WriteLine($"{Adrs.All.Count} ADRs; 3 superseded by {Adrs.Get(3)!.SupersededBy}; 7 is '{postgres.Title}' {postgres.Status}");
            }
        }
        """;

    private static ConsumerProject WithAdrs(PackedPackage package)
    {
        var consumer = ConsumerProject.Create(package);
        consumer.Write("docs/adr/0001-adopt-triune-architecture.md", "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\nDate: 2026-11-25\n");
        consumer.Write("docs/adr/0003-use-mysql.md", "# 3. Use MySQL\n\n## Status\n\nSuperseded by [7. Use Postgres](0007-use-postgres.md)\n");
        consumer.Write("docs/adr/0007-use-postgres.md", "# 7. Use Postgres\n\n## Status\n\nAccepted\n");
        return consumer;
    }

    [Fact]
    public void Consumer_gets_generated_adrs_and_a_superseded_warning()
    {
        using var consumer = WithAdrs(fixture.Package);
        consumer.Write("src/Consumer/Program.cs", Program);
        consumer.Write("docs/adr/0008-broken.md", "# ADR 8: Broken\n\nStatus: Someday\n");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d =>
            (d.Id, d.FileName, d.Line, d.Column, d.Severity) == ("ES5002", "Program.cs", 8, 10, "warning"));
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d =>
            (d.Id, d.FileName, d.Line, d.Column, d.Severity) == ("ES5003", "0008-broken.md", 3, 9, "warning"));

        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("4 ADRs; 3 superseded by 7; 7 is 'Use Postgres' Accepted", run.StandardOutput);
    }

    [Fact]
    public void Unknown_adr_fails_the_build_and_the_index_target_works()
    {
        using var consumer = WithAdrs(fixture.Package);
        consumer.Write("src/Consumer/Program.cs", Program.Replace("[Adr(3)]", "[Adr(9)]"));

        var build = consumer.Build();
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES5001" && d.FileName == "Program.cs" && d.Severity == "error");

        var index = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:AdrIndex", "-nologo"]);
        Assert.True(index.ExitCode == 0, index.ToString());
        var readme = File.ReadAllText(Path.Combine(consumer.RootDirectory, "docs", "adr", "README.md"));
        Assert.Contains("| [3](0003-use-mysql.md) | Use MySQL | Superseded |  | [7](0007-use-postgres.md) |", readme);
        Assert.Contains("adr7 -->|supersedes| adr3", readme);
    }
}
