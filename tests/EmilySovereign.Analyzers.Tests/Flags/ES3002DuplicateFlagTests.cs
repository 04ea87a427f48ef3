using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Flags.FlagTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Flags.FeatureFlagAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Flags;

public sealed class ES3002DuplicateFlagTests
{
    [Fact]
    public Task A_name_declared_twice_is_reported_at_both_declarations() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag({|#0:"gflownet_v2"|})]
            [assembly: EmilySovereign.FeatureFlag({|#1:"gflownet_v2"|}, Default = true)]
            """)
        .Expect(
            Diagnostic(Descriptors.DuplicateFlag).WithLocation(0).WithLocation(1).WithArguments("gflownet_v2", "is declared more than once (also at Test0.cs(2,39))"),
            Diagnostic(Descriptors.DuplicateFlag).WithLocation(1).WithLocation(0).WithArguments("gflownet_v2", "is declared more than once (also at Test0.cs(1,39))"))
        .RunAsync();

    [Fact]
    public Task Names_with_the_same_property_name_are_reported_at_both_declarations() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag({|#0:"gflownet_v2"|})]
            [assembly: EmilySovereign.FeatureFlag({|#1:"gflownet-v2"|})]
            """)
        .Expect(
            Diagnostic(Descriptors.DuplicateFlag).WithLocation(0).WithLocation(1)
                .WithArguments("gflownet_v2", "has the same property name 'GflownetV2' as 'gflownet-v2' (Test0.cs(2,39))"),
            Diagnostic(Descriptors.DuplicateFlag).WithLocation(1).WithLocation(0)
                .WithArguments("gflownet-v2", "has the same property name 'GflownetV2' as 'gflownet_v2' (Test0.cs(1,39))"))
        .RunAsync();

    [Fact]
    public Task Distinct_names_are_not_reported() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag("gflownet_v2")]
            [assembly: EmilySovereign.FeatureFlag("gflownet_v3")]
            """)
        .RunAsync();
}
