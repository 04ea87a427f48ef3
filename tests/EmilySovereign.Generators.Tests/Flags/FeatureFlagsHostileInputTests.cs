using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>Whatever a declaration says, the generated code compiles with no error and no warning.</summary>
public sealed class FeatureFlagsHostileInputTests
{
    private const string Corpus = """
        [assembly: EmilySovereign.FeatureFlag("say \"hi\"", Description = "quotes \" and \\ backslashes")]
        [assembly: EmilySovereign.FeatureFlag("c:\\temp\\", Description = "ends */ a comment /* and </summary> <b>")]
        [assembly: EmilySovereign.FeatureFlag("line\nbreak", Description = "line\nbreak\r\nand \u2028 separator \u0085 next", Owner = "a\u2029b")]
        [assembly: EmilySovereign.FeatureFlag("日本語🚀", Description = "Ünïcødé & <xml>")]
        [assembly: EmilySovereign.FeatureFlag("class", Description = "a keyword")]
        [assembly: EmilySovereign.FeatureFlag("2fa", Description = "leading digit")]
        [assembly: EmilySovereign.FeatureFlag("")]
        [assembly: EmilySovereign.FeatureFlag(null!)]
        [assembly: EmilySovereign.FeatureFlag("___")]
        [assembly: EmilySovereign.FeatureFlag("all")]
        [assembly: EmilySovereign.FeatureFlag("is_enabled")]
        [assembly: EmilySovereign.FeatureFlag("feature-flags")]
        [assembly: EmilySovereign.FeatureFlag("to_string")]
        [assembly: EmilySovereign.FeatureFlag("gflownet_v2")]
        [assembly: EmilySovereign.FeatureFlag("gflownet-v2")]
        [assembly: EmilySovereign.FeatureFlag("gflownet_v2", Default = true)]
        [assembly: EmilySovereign.FeatureFlag("dates", Expires = "2027-02-30", RolloutPercent = 250)]
        [assembly: EmilySovereign.FeatureFlag("lone\uD800surrogate", Description = "lone \uDC00 low")]
        [assembly: EmilySovereign.FeatureFlag("#if false", Description = "#endif")]
        """;

    [Fact]
    public void Hostile_declarations_compile_without_errors_or_warnings()
    {
        var (generated, output) = GeneratedFlags.Run(Corpus);
        var flags = GeneratedFlags.Load(output).GetType(GeneratedFlags.TypeName, throwOnError: true)!;

        Assert.NotNull(generated);
        var properties = flags.GetProperties().Select(p => p.Name).Where(n => n != "All").OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Class", "Dates", "GflownetV2", "_2fa" }, properties);
        Assert.Equal(17, GeneratedFlags.All(flags).Count);
        Assert.True(GeneratedFlags.IsEnabled(flags, "class") is false);
        Assert.Null(GeneratedFlags.All(flags).Single(f => f.Name == "dates").Expires);
        Assert.Null(GeneratedFlags.All(flags).Single(f => f.Name == "dates").RolloutPercent);
        Assert.Equal("say \"hi\"", GeneratedFlags.All(flags)[0].Name);
        Assert.Equal("line\nbreak\r\nand \u2028 separator \u0085 next", GeneratedFlags.All(flags).Single(f => f.Name == "line\nbreak").Description);
    }

    [Fact]
    public void The_corpus_check_fails_on_a_description_that_escapes_its_comment()
    {
        // The guard the test above relies on: an unescaped line separator ends a /// comment and breaks the build.
        var broken = "/// <summary>text\u2028 not a comment</summary>\ninternal static class Broken { }";

        var emitted = GeneratedFlags.Compilation(broken).Emit(System.IO.Stream.Null);

        Assert.False(emitted.Success);
        Assert.Contains(emitted.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
