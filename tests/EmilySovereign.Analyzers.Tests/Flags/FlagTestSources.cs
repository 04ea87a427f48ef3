using EmilySovereign.Analyzers.Flags;
using EmilySovereign.CodeFixes.Flags;
using EmilySovereign.Testing.Roslyn;

namespace EmilySovereign.Analyzers.Tests.Flags;

/// <summary>
/// The flag rules' surroundings: a stand-in for the generated <c>FeatureFlags</c> class and the build's date pinned to
/// <see cref="Today"/>.
/// </summary>
internal static class FlagTestSources
{
    public const string Today = "2027-01-15";

    /// <summary>The shape the generator emits, minus the bodies: the analyzer looks only at the signatures.</summary>
    public const string GeneratedStandIn = """
        namespace Sample
        {
            internal static partial class FeatureFlags
            {
                public static bool IsEnabled(string name) => false;
                public static bool IsEnabled(string name, string entityKey) => false;
            }
        }
        """;

    public static RuleTest<FeatureFlagAnalyzer> Analyzer(string source, string? today = Today, bool withStandIn = true)
    {
        var test = AnalyzerVerifier<FeatureFlagAnalyzer>.Test(source);
        if (withStandIn)
            test.WithGeneratedSource("FeatureFlags.g.cs", GeneratedStandIn);
        return today is null ? test : test.WithGlobalOptions(TodayOption(today));
    }

    public static RuleFixTest<FeatureFlagAnalyzer, UndeclaredFlagFixer> Fix(string source, string fixedSource) =>
        CodeFixVerifier<FeatureFlagAnalyzer, UndeclaredFlagFixer>.Test(source, fixedSource)
            .WithGeneratedSource("FeatureFlags.g.cs", GeneratedStandIn)
            .WithGlobalOptions(TodayOption(Today));

    private static string TodayOption(string today) => $"build_property.EmilySovereignToday = {today}\n";
}
