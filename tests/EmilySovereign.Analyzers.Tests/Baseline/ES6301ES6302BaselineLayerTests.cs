using System.Threading.Tasks;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Analyzers.Tests.Layers;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static EmilySovereign.Analyzers.Tests.Layers.LayerTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Layers.LayerAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Baseline;

/// <summary>ES6301 and ES6302 for the layer rule: keys without line numbers, counts, stale entries, CI and record modes.</summary>
public sealed class ES6301ES6302BaselineLayerTests
{
    public const string BaselinePath = "/0/EmilySovereign.baseline.txt";

    private const string Source = """
        namespace Emily.NervousSystem.Bus { public class Signal { } }
        namespace Emily.Cognition.Attention { public class Focus { } }
        namespace Emily.Instinct.Reflex
        {
            public class Reflex
            {
                {|#0:Emily.Cognition.Attention.Focus|}? First;
                {|#1:Emily.Cognition.Attention.Focus|}? Second;
                Emily.NervousSystem.Bus.Signal? Allowed;
            }
        }
        """;

    private const string Message = "'Emily.Instinct.Reflex.Reflex' in layer 'Instinct' uses 'Emily.Cognition.Attention.Focus' in layer 'Cognition', which architecture.json does not allow (Instinct may use: NervousSystem)";

    private static DiagnosticResult Kept(int location) =>
        Diagnostic(Descriptors.KeptByBaseline).WithLocation(location).WithArguments("ES1001", Message);

    private static DiagnosticResult Error(int location) =>
        Violation(location, "Emily.Instinct.Reflex.Reflex", "Instinct", "Emily.Cognition.Attention.Focus", "Cognition", "NervousSystem");

    private static RuleTest<LayerAnalyzer> With(string baseline, string? globalConfig = null)
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, Source);
        test.TestState.AdditionalFiles.Add((BaselinePath, baseline));
        if (globalConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        return test;
    }

    private static string Entry(int count) =>
        $"# kept\nES1001 | Emily.Instinct.Reflex.Reflex | Emily.Cognition.Attention.Focus | {count}\n";

    [Fact]
    public async Task Breaches_the_baseline_counts_are_kept_at_info()
    {
        var test = With(Entry(2));
        test.ExpectedDiagnostics.AddRange(new[] { Kept(0), Kept(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task A_breach_beyond_the_count_is_the_rules_error()
    {
        var test = With(Entry(1));
        test.ExpectedDiagnostics.AddRange(new[] { Kept(0), Error(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_baseline_every_breach_is_an_error()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, Source);
        test.ExpectedDiagnostics.AddRange(new[] { Error(0), Error(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task An_entry_for_other_code_keeps_nothing_and_is_stale()
    {
        var test = With("ES1001 | Emily.Instinct.Reflex.Other | Emily.Cognition.Attention.Focus | 1\n");
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Diagnostic(Descriptors.StaleBaselineEntry).WithSpan(BaselinePath, 1, 1, 1, 75)
                .WithArguments(1, "ES1001", "Emily.Instinct.Reflex.Other", "Emily.Cognition.Attention.Focus", 0),
            Error(0), Error(1),
        });
        await test.RunAsync();
    }

    [Fact]
    public async Task A_count_larger_than_the_code_has_asks_to_shrink_the_baseline()
    {
        var test = With(Entry(3));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Kept(0), Kept(1),
            Diagnostic(Descriptors.StaleBaselineEntry).WithSpan(BaselinePath, 2, 1, 2, 76)
                .WithArguments(3, "ES1001", "Emily.Instinct.Reflex.Reflex", "Emily.Cognition.Attention.Focus", 2),
        });
        await test.RunAsync();
    }

    [Fact]
    public async Task In_ci_mode_a_stale_entry_is_an_error()
    {
        var test = With(Entry(3), "build_property.EmilySovereignBaselineStrict = true");
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Kept(0), Kept(1),
            Diagnostic(Descriptors.StaleBaselineEntry).WithSeverity(DiagnosticSeverity.Error).WithSpan(BaselinePath, 2, 1, 2, 76)
                .WithArguments(3, "ES1001", "Emily.Instinct.Reflex.Reflex", "Emily.Cognition.Attention.Focus", 2),
        });
        await test.RunAsync();
    }

    [Fact]
    public async Task Recording_keeps_every_breach_whatever_the_file_says()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.EmilySovereignBaselineRecord = true"));
        test.ExpectedDiagnostics.AddRange(new[] { Kept(0), Kept(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task Edits_that_move_the_breaches_keep_them()
    {
        var moved = "// a new first line\n" + Source.Replace("Emily.NervousSystem.Bus.Signal? Allowed;", "");
        var test = LayerTestSources.Test(LayerTestSources.Architecture, moved);
        test.TestState.AdditionalFiles.Add((BaselinePath, Entry(2)));
        test.ExpectedDiagnostics.AddRange(new[] { Kept(0), Kept(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task A_malformed_baseline_keeps_nothing()
    {
        var test = With(Entry(2) + "ES1001 | only two\n");
        test.ExpectedDiagnostics.AddRange(new[] { Error(0), Error(1) });
        await test.RunAsync();
    }
}
