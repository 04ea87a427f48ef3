using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Flags.FlagTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Flags.FeatureFlagAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Flags;

public sealed class ES3004MalformedFlagExpiryTests
{
    [Fact]
    public Task Dates_that_are_not_yyyy_MM_dd_calendar_dates_are_reported() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag("a", Expires = {|#0:"2027-02-30"|})]
            [assembly: EmilySovereign.FeatureFlag("b", Expires = {|#1:"1 March 2027"|})]
            [assembly: EmilySovereign.FeatureFlag("c", Expires = {|#2:"2027-3-1"|})]
            """)
        .Expect(
            Diagnostic(Descriptors.MalformedFlagExpiry).WithLocation(0).WithArguments("2027-02-30", "a"),
            Diagnostic(Descriptors.MalformedFlagExpiry).WithLocation(1).WithArguments("1 March 2027", "b"),
            Diagnostic(Descriptors.MalformedFlagExpiry).WithLocation(2).WithArguments("2027-3-1", "c"))
        .RunAsync();
}

public sealed class ES3005RolloutPercentOutOfRangeTests
{
    [Fact]
    public Task Percents_outside_0_to_100_are_reported() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag("a", RolloutPercent = {|#0:101|})]
            [assembly: EmilySovereign.FeatureFlag("b", RolloutPercent = {|#1:-5|})]
            [assembly: EmilySovereign.FeatureFlag("c", RolloutPercent = 0)]
            [assembly: EmilySovereign.FeatureFlag("d", RolloutPercent = 100)]
            [assembly: EmilySovereign.FeatureFlag("e", RolloutPercent = -1)]
            """)
        .Expect(
            Diagnostic(Descriptors.RolloutPercentOutOfRange).WithLocation(0).WithArguments(101, "a"),
            Diagnostic(Descriptors.RolloutPercentOutOfRange).WithLocation(1).WithArguments(-5, "b"))
        .RunAsync();
}

public sealed class ES3006InvalidFlagNameTests
{
    [Fact]
    public Task Names_that_become_no_variable_or_no_property_are_reported() =>
        Analyzer("""
            [assembly: EmilySovereign.FeatureFlag({|#0:""|})]
            [assembly: EmilySovereign.FeatureFlag({|#1:"new model"|})]
            [assembly: EmilySovereign.FeatureFlag({|#2:"line\nbreak"|})]
            [assembly: EmilySovereign.FeatureFlag({|#3:"__"|})]
            [assembly: EmilySovereign.FeatureFlag({|#4:"all"|})]
            [assembly: EmilySovereign.FeatureFlag({|#5:"naïve"|})]
            [assembly: EmilySovereign.FeatureFlag("2fa")]
            [assembly: EmilySovereign.FeatureFlag("model.v2-beta")]
            """)
        .Expect(
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(0).WithArguments("\"\"", "the name is empty"),
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(1).WithArguments("\"new model\"", "' ' is not an ASCII letter, digit, '_', '-' or '.'"),
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(2).WithArguments("\"line\\u000Abreak\"", "'\\u000A' is not an ASCII letter, digit, '_', '-' or '.'"),
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(3).WithArguments("\"__\"", "the name has no letter or digit"),
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(4).WithArguments("\"all\"", "its accessor 'All' would clash with a member of FeatureFlags"),
            Diagnostic(Descriptors.InvalidFlagName).WithLocation(5).WithArguments("\"naïve\"", "'\\u00EF' is not an ASCII letter, digit, '_', '-' or '.'"))
        .RunAsync();
}
