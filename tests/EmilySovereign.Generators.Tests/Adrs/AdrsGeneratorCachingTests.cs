using System.Linq;
using EmilySovereign.Generators.Adrs;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>Editing C# code re-parses no ADR file and re-emits nothing: every tracked step is Cached or Unchanged.</summary>
public sealed class AdrsGeneratorCachingTests
{
    private static readonly (string, string)[] Files =
    {
        ("/r/docs/adr/0001-a.md", "# ADR 1: A\nStatus: Accepted\n"),
        ("/r/docs/adr/0002-b.md", "# 2. B\n\n## Status\n\nSuperseded by [3. C](0003-c.md)\n"),
    };

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratedAdrs.Compilation();
        var edited = GeneratorHarness<AdrsGenerator>.Edit(compilation, 0, "class Program { void M() { } }");

        string[] steps = [AdrsGenerator.FilesStep, AdrsGenerator.TargetStep, AdrsGenerator.ModelStep];

        var result = GeneratedAdrs.Harness.AssertCachedAfterEdit(compilation, edited, steps, GeneratorHarness<AdrsGenerator>.Texts(Files));

        // Two files, the target and the model: the files step ran once per file.
        Assert.Equal(4, result.TrackedSteps.Where(s => steps.Contains(s.Key)).SelectMany(s => s.Value).Sum(step => step.Outputs.Length));
    }

    [Fact]
    public void Editing_one_adr_reparses_only_that_file()
    {
        var compilation = GeneratedAdrs.Compilation();
        var texts = GeneratorHarness<AdrsGenerator>.Texts(Files);
        var driver = GeneratedAdrs.Harness.Driver(texts).RunGenerators(compilation);

        var result = driver
            .ReplaceAdditionalText(texts[0], GeneratorHarness<AdrsGenerator>.Texts(new[] { ("/r/docs/adr/0001-a.md", "# ADR 1: A renamed\nStatus: Accepted\n") })[0])
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        var files = result.TrackedSteps[AdrsGenerator.FilesStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[AdrsGenerator.ModelStep].Single().Outputs.Single().Reason);
        Assert.Contains("A renamed", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Without_adr_files_the_compilation_is_not_looked_at()
    {
        var result = GeneratedAdrs.Driver(System.Array.Empty<(string, string)>())
            .RunGenerators(GeneratedAdrs.Compilation())
            .GetRunResult().Results.Single();

        var target = result.TrackedSteps[AdrsGenerator.TargetStep].Single().Outputs.Single();
        Assert.Null(target.Value);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void With_adr_files_the_target_is_read_from_the_compilation()
    {
        var result = GeneratedAdrs.Driver(Files).RunGenerators(GeneratedAdrs.Compilation())
            .GetRunResult().Results.Single();

        Assert.Equal(new AdrsTarget("Sample.App", HasRuntime: true), result.TrackedSteps[AdrsGenerator.TargetStep].Single().Outputs.Single().Value);
    }

    [Fact]
    public void Models_compare_by_value()
    {
        var left = new AdrsModel("N", new[] { new AdrModel(1, "A", "Accepted", null, null, "docs/adr/0001-a.md") }.ToImmutableEquatableArray());
        var right = new AdrsModel("N", new[] { new AdrModel(1, "A", "Accepted", null, null, "docs/adr/0001-a.md") }.ToImmutableEquatableArray());

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Namespace = "M" });
    }
}
