using System.Collections.Generic;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

[Collection(PackageCollection.Name)]
public sealed class FlagEndToEndTests(PackageFixture fixture)
{
    private const string Declarations = """
        using EmilySovereign;

        [assembly: FeatureFlag("gflownet_v2", Description = "GFlowNet v2 proposals", Owner = "cognition", Expires = "2027-03-01")]
        """;

    [Fact]
    public void Generated_accessor_reads_the_environment_of_a_real_process_and_ES3003_follows_the_pinned_date()
    {
        using var consumer = ConsumerProject.Create(fixture.Package);
        consumer.Write("src/Consumer/Flags.cs", Declarations);
        consumer.Write("src/Consumer/Program.cs", """
            using System;

            namespace Consumer;

            public static class Program
            {
                public static void Main()
                {
                    Console.WriteLine($"GflownetV2={FeatureFlags.GflownetV2}");
                    Console.WriteLine($"All={FeatureFlags.All.Count}|{FeatureFlags.All[0].EnvironmentVariable}");
                }
            }
            """);

        var build = consumer.Build("-p:EmilySovereignToday=2027-03-02");
        Assert.True(build.ExitCode == 0, build.ToString());
        var expired = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES3003");
        Assert.Equal(("Flags.cs", 3, "warning"), (expired.FileName, expired.Line, expired.Severity));

        var on = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile], new Dictionary<string, string?> { ["EMILY_FLAG_GFLOWNET_V2"] = "true" });
        var off = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile], new Dictionary<string, string?> { ["EMILY_FLAG_GFLOWNET_V2"] = null });

        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Contains("GflownetV2=True", on.StandardOutput);
        Assert.Contains("All=1|EMILY_FLAG_GFLOWNET_V2", on.StandardOutput);
        Assert.Contains("GflownetV2=False", off.StandardOutput);
    }

    [Fact]
    public void An_undeclared_flag_name_fails_the_build_with_ES3001()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("src/Consumer/Flags.cs", Declarations);
        consumer.Write("src/Consumer/Code.cs", """
            namespace Consumer;

            public static class Code
            {
                public static bool Typo() => FeatureFlags.IsEnabled("typo");
            }
            """);

        var build = consumer.Build("-p:EmilySovereignToday=2027-01-01");

        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES3001");
        Assert.Equal(("Code.cs", 5), (diagnostic.FileName, diagnostic.Line));
    }
}
