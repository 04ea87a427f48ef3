using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Flags.FlagTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Flags.FeatureFlagAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Flags;

public sealed class ES3001UndeclaredFlagTests
{
    private const string Declared = """
        [assembly: EmilySovereign.FeatureFlag("gflownet_v2")]
        [assembly: EmilySovereign.FeatureFlag("hdc_fallback")]
        """;

    [Fact]
    public Task A_typo_is_reported_with_the_declared_name_it_means() =>
        Analyzer(Declared + """

            namespace Sample { class C { bool M() => FeatureFlags.IsEnabled({|#0:"gflownet_v3"|}); } }
            """)
        .Expect(Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v3", ": did you mean 'gflownet_v2'?"))
        .RunAsync();

    [Fact]
    public Task A_flag_declared_through_an_alias_in_another_file_is_read()
    {
        var test = Analyzer("""
            [assembly: Toggle("gflownet_v2")]
            namespace Sample { class C { bool M() => FeatureFlags.IsEnabled({|#0:"gflownet_v3"|}); } }
            """);
        test.TestState.Sources.Add("global using Toggle = EmilySovereign.FeatureFlagAttribute;");
        return test.Expect(Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v3", ": did you mean 'gflownet_v2'?"))
            .RunAsync();
    }

    [Fact]
    public Task A_const_name_is_checked_and_so_is_the_keyed_overload() =>
        Analyzer(Declared + """

            namespace Sample
            {
                class C
                {
                    const string Name = "HDC_FALLBACK";
                    bool M(string user) => FeatureFlags.IsEnabled({|#0:Name|}) || FeatureFlags.IsEnabled({|#1:"typo"|}, user);
                }
            }
            """)
        .Expect(
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("HDC_FALLBACK", ": did you mean 'hdc_fallback'?"),
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(1).WithArguments("typo", ": declare it with [assembly: FeatureFlag(\"typo\")]"))
        .RunAsync();

    [Fact]
    public Task A_named_argument_is_found_where_it_is_written() =>
        Analyzer(Declared + """

            namespace Sample { class C { bool M() => FeatureFlags.IsEnabled(entityKey: "k", name: {|#0:"gflownet_v"|}); } }
            """)
        .Expect(Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v", ": did you mean 'gflownet_v2'?"))
        .RunAsync();

    [Fact]
    public Task Declared_and_non_constant_names_are_not_reported() =>
        Analyzer(Declared + """

            namespace Sample
            {
                class C
                {
                    bool M(string name) => FeatureFlags.IsEnabled("gflownet_v2") && FeatureFlags.IsEnabled(name) && FeatureFlags.IsEnabled("hdc_" + name, "key");
                }
            }
            """)
        .RunAsync();

    [Fact]
    public Task Another_IsEnabled_is_not_checked() =>
        Analyzer(Declared + """

            namespace Sample
            {
                static class Toggles { public static bool IsEnabled(string name) => false; }
                class C { bool M() => Toggles.IsEnabled("typo"); }
            }
            """)
        .RunAsync();

    [Fact]
    public Task A_project_that_declares_no_flag_is_not_analyzed() =>
        Analyzer("namespace Sample { class C { bool M() => FeatureFlags.IsEnabled(\"typo\"); } }").RunAsync();

    [Fact]
    public Task Code_fix_uses_the_suggestion() =>
        Fix(
            Declared + "\nnamespace Sample { class C { bool M() => FeatureFlags.IsEnabled({|#0:\"gflownet_v3\"|}); } }",
            Declared + "\nnamespace Sample { class C { bool M() => FeatureFlags.IsEnabled(\"gflownet_v2\"); } }")
        .Expect(Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v3", ": did you mean 'gflownet_v2'?"))
        .RunAsync();

    [Fact]
    public Task Fix_all_fixes_every_typo_with_its_own_suggestion()
    {
        var test = Fix(
            Declared + "\nnamespace Sample { class C { bool M() => FeatureFlags.IsEnabled({|#0:\"gflownet_v3\"|}) && FeatureFlags.IsEnabled({|#1:\"hdc_falback\"|}, \"k\"); } }",
            Declared + "\nnamespace Sample { class C { bool M() => FeatureFlags.IsEnabled(\"gflownet_v2\") && FeatureFlags.IsEnabled(\"hdc_fallback\", \"k\"); } }")
        .Expect(
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v3", ": did you mean 'gflownet_v2'?"),
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(1).WithArguments("hdc_falback", ": did you mean 'hdc_fallback'?"));
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Code_fix_is_not_offered_on_a_const_or_without_a_suggestion()
    {
        var source = Declared + "\nnamespace Sample { class C { const string N = \"gflownet_v3\"; bool M() => FeatureFlags.IsEnabled({|#0:N|}) || FeatureFlags.IsEnabled({|#1:\"typo\"|}); } }";
        var expected = new[]
        {
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(0).WithArguments("gflownet_v3", ": did you mean 'gflownet_v2'?"),
            Diagnostic(Descriptors.UndeclaredFlag).WithLocation(1).WithArguments("typo", ": declare it with [assembly: FeatureFlag(\"typo\")]"),
        };
        var test = Fix(source, source).Expect(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
