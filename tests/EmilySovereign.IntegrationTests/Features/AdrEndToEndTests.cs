using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

[Collection(PackageCollection.Name)]
public sealed class AdrEndToEndTests(PackageFixture fixture)
{
    [Fact]
    public void Generated_Adrs_lists_the_decisions_and_Adr_references_are_checked()
    {
        using var consumer = ConsumerProject.Create(fixture.Package);
        consumer.Write("docs/adr/0001-adopt-triune-architecture.md",
            "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\nContext: c\nDecision: d\n");
        consumer.Write("docs/adr/0002-use-hdc.md",
            "# 2. Use \"HDC\" fallback\n\nDate: 2026-01-12\n\n## Status\n\nAccepted\n");
        consumer.Write("src/Consumer/Program.cs", """
            using System;
            using EmilySovereign;

            namespace Consumer;

            [Adr(1)]
            public static class Program
            {
                public static void Main()
                {
                    foreach (var adr in Adrs.All)
                        Console.WriteLine($"{adr.Number}|{adr.Title}|{adr.Status}");
                    Console.WriteLine(Adrs.Get(2)?.Title);
                }
            }
            """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1|Adopt Triune Architecture|Accepted", run.StandardOutput);
        Assert.Contains("2|Use \"HDC\" fallback|Accepted", run.StandardOutput);
    }

    [Fact]
    public void An_Adr_attribute_naming_no_decision_fails_the_build_with_ES5001()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("docs/adr/0001-adopt-triune-architecture.md",
            "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\n");
        consumer.Write("src/Consumer/Code.cs", """
            using EmilySovereign;

            namespace Consumer;

            [Adr(7)]
            public sealed class Code { }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES5001");
        Assert.Equal(("Code.cs", 5), (diagnostic.FileName, diagnostic.Line));
    }
}
