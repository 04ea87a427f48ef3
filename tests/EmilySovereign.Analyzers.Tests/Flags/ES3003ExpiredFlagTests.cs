using System;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Flags;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Flags.FlagTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Flags.FeatureFlagAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Flags;

public sealed class ES3003ExpiredFlagTests
{
    [Fact]
    public Task A_flag_past_its_date_is_reported_at_Expires() =>
        Analyzer("""[assembly: EmilySovereign.FeatureFlag("gflownet_v2", Expires = {|#0:"2027-01-14"|})]""")
        .Expect(Diagnostic(Descriptors.ExpiredFlag).WithLocation(0).WithArguments("gflownet_v2", "2027-01-14", Today))
        .RunAsync();

    [Fact]
    public Task A_flag_on_its_last_day_or_later_is_not_reported() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag("a", Expires = "2027-01-15")]
            [assembly: EmilySovereign.FeatureFlag("b", Expires = "2030-12-31")]
            """)
        .RunAsync();

    [Fact]
    public Task The_pinned_date_decides() =>
        Analyzer("""[assembly: EmilySovereign.FeatureFlag("a", Expires = {|#0:"2027-01-15"|})]""", today: "2027-01-16")
        .Expect(Diagnostic(Descriptors.ExpiredFlag).WithLocation(0).WithArguments("a", "2027-01-15", "2027-01-16"))
        .RunAsync();

    [Fact]
    public Task Without_a_pinned_date_the_clock_decides()
    {
        var yesterday = FlagDeclarationProblems.Format(DateTime.UtcNow.Date.AddDays(-1));
        return Analyzer($$"""[assembly: EmilySovereign.FeatureFlag("a", Expires = {|#0:"{{yesterday}}"|})]""", today: null)
            .Expect(Diagnostic(Descriptors.ExpiredFlag).WithLocation(0).WithArguments("a", yesterday, FlagDeclarationProblems.Format(DateTime.UtcNow.Date)))
            .RunAsync();
    }
}
