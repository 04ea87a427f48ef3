using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

[Collection(PackageCollection.Name)]
public sealed class LatencyEndToEndTests(PackageFixture fixture)
{
    [Fact]
    public void Thread_Sleep_in_a_50_ms_budget_fails_the_build_with_ES2002_at_the_call()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("src/Consumer/Gate.cs", """
            using System.Threading;
            using EmilySovereign;

            namespace Consumer;

            public sealed class Gate
            {
                [LatencyBudget(50)]
                public void Open()
                {
                    Thread.Sleep(100);
                }
            }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES2002");
        Assert.Equal(("Gate.cs", 11, 9, "error"), (diagnostic.FileName, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
    }

    [Fact]
    public void A_severity_set_in_editorconfig_is_honoured()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.ES2002.severity = warning\n");
        consumer.Write("src/Consumer/Gate.cs", """
            using System.Threading;
            using EmilySovereign;

            namespace Consumer;

            public sealed class Gate
            {
                [LatencyBudget(50)]
                public void Open() => Thread.Sleep(100);
            }
            """);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES2002");
        Assert.Equal("warning", diagnostic.Severity);
    }
}
