using System.IO;
using System.Linq;
using System.Text;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>
/// The baseline through the packed package (docs/baseline.md): a consumer with ten old breaches writes a baseline and
/// builds; an eleventh fails the build; fixing an old one asks to shrink the baseline, an error in CI mode; -t:Baseline
/// shrinks it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BaselineEndToEndTests(PackageFixture fixture)
{
    private const string Architecture = """
        {
          "layers": {
            "Instinct":  { "namespaces": ["Consumer.Instinct"], "mayUse": [] },
            "Cognition": { "namespaces": ["Consumer.Cognition"], "mayUse": ["Instinct"] }
          }
        }
        """;

    [Fact]
    public void Ten_old_breaches_are_kept_an_eleventh_fails_and_a_fixed_one_shrinks_the_baseline()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("architecture.json", Architecture);
        consumer.Write("src/Consumer/Code.cs", Code(oldBreaches: 10, newBreach: false));
        var baseline = Path.Combine(consumer.ProjectDirectory, "EmilySovereign.baseline.txt");

        var before = consumer.Build();
        Assert.Equal(10, BuildDiagnostic.Parse(before.Output).Count(d => d.Id == "ES1001"));

        var written = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:Baseline", "-nologo"]);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("EmilySovereign baseline: 10 kept breaches in 5 entries", written.Output);
        var lines = File.ReadAllLines(baseline).Where(line => !line.StartsWith('#')).ToArray();
        Assert.Equal(
            Enumerable.Range(0, 5).Select(i => $"ES1001 | Consumer.Instinct.Reflex{i} | Consumer.Cognition.Plan | 2").ToArray(),
            lines);

        var kept = consumer.Build();
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Contains("EmilySovereign baseline: 10 kept breaches in 5 entries", kept.Output);
        Assert.DoesNotContain(BuildDiagnostic.Parse(kept.Output), d => d.Id is "ES1001" or "ES6302");

        consumer.Write("src/Consumer/Code.cs", Code(oldBreaches: 10, newBreach: true));
        var eleventh = consumer.Build();
        Assert.NotEqual(0, eleventh.ExitCode);
        var error = Assert.Single(BuildDiagnostic.Parse(eleventh.Output), d => d.Id == "ES1001");
        Assert.Contains("Consumer.Instinct.Newcomer", error.Message);

        consumer.Write("src/Consumer/Code.cs", Code(oldBreaches: 9, newBreach: false));
        var fixedOne = consumer.Build("-p:TreatWarningsAsErrors=true");
        Assert.True(fixedOne.ExitCode == 0, fixedOne.ToString());
        var stale = Assert.Single(BuildDiagnostic.Parse(fixedOne.Output), d => d.Id == "ES6302");
        Assert.Equal(("EmilySovereign.baseline.txt", 8, "warning"), (stale.FileName, stale.Line, stale.Severity));

        var ci = consumer.Build("-p:ContinuousIntegrationBuild=true");
        Assert.NotEqual(0, ci.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(ci.Output), d => d.Id == "ES6302" && d.Severity == "error");

        var shrunk = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:Baseline", "-nologo"]);
        Assert.True(shrunk.ExitCode == 0, shrunk.ToString());
        Assert.Contains("EmilySovereign baseline: 9 kept breaches in 5 entries", shrunk.Output);
        Assert.Contains("ES1001 | Consumer.Instinct.Reflex4 | Consumer.Cognition.Plan | 1", File.ReadAllText(baseline));
        var clean = consumer.Build("-p:ContinuousIntegrationBuild=true");
        Assert.True(clean.ExitCode == 0, clean.ToString());
    }

    [Fact]
    public void A_malformed_baseline_is_reported_at_its_line_and_keeps_nothing()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("architecture.json", Architecture);
        consumer.Write("src/Consumer/Code.cs", Code(oldBreaches: 10, newBreach: false));
        consumer.Write("src/Consumer/EmilySovereign.baseline.txt", "ES1001 | Consumer.Instinct.Reflex0 | Consumer.Cognition.Plan | 2\nnot an entry\n");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var problem = Assert.Single(BuildDiagnostic.Parse(build.Output), d => d.Id == "ES6303");
        Assert.Equal(("EmilySovereign.baseline.txt", 2), (problem.FileName, problem.Line));
        Assert.Equal(10, BuildDiagnostic.Parse(build.Output).Count(d => d.Id == "ES1001"));
    }

    [Fact]
    public void Ci_mode_refuses_to_write_the_baseline()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, outputType: "Library");
        consumer.Write("architecture.json", Architecture);
        consumer.Write("src/Consumer/Code.cs", Code(oldBreaches: 10, newBreach: false));
        Assert.Equal(0, consumer.Dotnet(["restore", consumer.ProjectFile, "-nologo"]).ExitCode);

        var refused = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:Baseline", "-p:ContinuousIntegrationBuild=true", "-nologo"]);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(refused.Output), d => d.Id == "ES6305");
        Assert.False(File.Exists(Path.Combine(consumer.ProjectDirectory, "EmilySovereign.baseline.txt")));
    }

    // Five Instinct types with two uses of Cognition each make the ten old breaches; the last type loses one use when
    // nine are asked for (8 to 10 are possible). The newcomer is the eleventh.
    private static string Code(int oldBreaches, bool newBreach)
    {
        var code = new StringBuilder("namespace Consumer.Cognition { public sealed class Plan { } }\nnamespace Consumer.Instinct\n{\n");
        for (var i = 0; i < 5; i++)
        {
            var uses = i < 4 ? 2 : oldBreaches - 8;
            code.Append("    public sealed class Reflex").Append(i).Append("\n    {\n");
            for (var u = 0; u < uses; u++)
                code.Append("        public Consumer.Cognition.Plan? Field").Append(u).Append(";\n");
            code.Append("    }\n");
        }

        if (newBreach)
            code.Append("    public sealed class Newcomer { public Consumer.Cognition.Plan? Field; }\n");
        return code.Append("}\n").ToString();
    }
}
