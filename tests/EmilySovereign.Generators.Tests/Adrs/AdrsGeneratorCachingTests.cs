using System.Linq;
using EmilySovereign.Generators.Adrs;
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
        var compilation = AdrGeneratorHarness.Compilation();
        var driver = AdrGeneratorHarness.Driver(Files).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class Program { void M() { } }", (CSharpParseOptions)compilation.SyntaxTrees.Single().Options, "Program.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = result.TrackedSteps
            .Where(s => s.Key is AdrsGenerator.FilesStep or AdrsGenerator.TargetStep or AdrsGenerator.ModelStep)
            .SelectMany(s => s.Value)
            .SelectMany(step => step.Outputs)
            .ToList();
        Assert.Equal(4, steps.Count);
        Assert.All(steps, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_adr_reparses_only_that_file()
    {
        var compilation = AdrGeneratorHarness.Compilation();
        var texts = AdrGeneratorHarness.Texts(Files);
        var driver = AdrGeneratorHarness.Driver(texts).RunGenerators(compilation);

        var result = driver
            .ReplaceAdditionalText(texts[0], AdrGeneratorHarness.Texts(new[] { ("/r/docs/adr/0001-a.md", "# ADR 1: A renamed\nStatus: Accepted\n") })[0])
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
        var result = AdrGeneratorHarness.Driver(System.Array.Empty<(string, string)>())
            .RunGenerators(AdrGeneratorHarness.Compilation())
            .GetRunResult().Results.Single();

        var target = result.TrackedSteps[AdrsGenerator.TargetStep].Single().Outputs.Single();
        Assert.Null(target.Value);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void With_adr_files_the_target_is_read_from_the_compilation()
    {
        var result = AdrGeneratorHarness.Driver(Files).RunGenerators(AdrGeneratorHarness.Compilation())
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
