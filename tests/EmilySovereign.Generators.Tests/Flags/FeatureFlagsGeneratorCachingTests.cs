using System.Linq;
using EmilySovereign.Generators.Flags;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>An edit that touches no <c>FeatureFlag</c> attribute binds nothing new and re-emits nothing.</summary>
public sealed class FeatureFlagsGeneratorCachingTests
{
    private const string Declarations = """
        [assembly: EmilySovereign.FeatureFlag("gflownet_v2", Default = true)]
        [assembly: EmilySovereign.FeatureFlag("alpha", RolloutPercent = 5)]
        """;

    private static readonly string[] Steps = [FeatureFlagsGenerator.FilesStep, FeatureFlagsGenerator.DeclarationsStep, FeatureFlagsGenerator.TargetStep, FeatureFlagsGenerator.ModelStep];

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratedFlags.Compilation(Declarations, "class Program { }");

        GeneratedFlags.Harness.AssertCachedAfterEdit(
            compilation,
            Edit(compilation, 1, "class Program { void M() { } }"),
            Steps);
    }

    [Fact]
    public void The_cacheability_check_fails_when_the_edit_changes_a_declaration()
    {
        // The shared check must be able to fail: a renamed flag is Modified, not Cached or Unchanged.
        var compilation = GeneratedFlags.Compilation(Declarations, "class Program { }");

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GeneratedFlags.Harness.AssertCachedAfterEdit(
            compilation,
            Edit(compilation, 0, Declarations.Replace("alpha", "beta")),
            Steps));
    }

    [Fact]
    public void Moving_a_declaration_without_changing_it_leaves_the_output_cached()
    {
        var compilation = GeneratedFlags.Compilation(Declarations, "class Program { }");
        var driver = GeneratedFlags.Driver().RunGenerators(compilation);

        var result = driver.RunGenerators(Edit(compilation, 0, "// moved down\n" + Declarations)).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[FeatureFlagsGenerator.ModelStep].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void Editing_a_declaration_re_emits()
    {
        // The check above must be able to fail: a real change is Modified all the way to the output.
        var compilation = GeneratedFlags.Compilation(Declarations, "class Program { }");
        var driver = GeneratedFlags.Driver().RunGenerators(compilation);

        var result = driver.RunGenerators(Edit(compilation, 0, Declarations.Replace("alpha", "beta"))).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[FeatureFlagsGenerator.ModelStep].Single().Outputs.Single().Reason);
        Assert.Contains("\"beta\"", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Models_compare_by_value()
    {
        static FlagsModel Make() => new("N", new[] { new FlagModel("a", "A", true, "d", "o", "2027-01-01", 5, "EMILY_FLAG_A") }.ToImmutableEquatableArray());

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { Namespace = "M" });
    }

    private static Compilation Edit(Compilation compilation, int index, string text) => GeneratorHarness<FeatureFlagsGenerator>.Edit(compilation, index, text);
}
