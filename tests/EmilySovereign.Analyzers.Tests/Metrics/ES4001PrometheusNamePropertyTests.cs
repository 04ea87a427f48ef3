using CsCheck;
using EmilySovereign.MetricRules;

namespace EmilySovereign.Analyzers.Tests.Metrics;

/// <summary>The ES4001 code fix never offers a name that ES4001 would report.</summary>
public sealed class ES4001PrometheusNamePropertyTests
{
    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aZ_:-9 .é"], 0, 24],
        Gen.Const("").Select(_ => "x_total"));

    private static readonly string?[] UnitChoices = { null, "s", "ms", "By", "us", "ns", "1", "{request}" };

    private static readonly Gen<string?> Units = Gen.Int[0, UnitChoices.Length - 1].Select(i => UnitChoices[i]);

    [Fact]
    public void Suggestion_breaks_no_rule() =>
        Gen.Select(Names, Gen.Bool, Units).Sample((name, isCounter, unit) =>
            Assert.Null(PrometheusName.Problem(PrometheusName.Suggest(name, isCounter, unit), isCounter, unit)));

    [Fact]
    public void Valid_name_is_its_own_suggestion_when_it_has_no_unit_word() =>
        Gen.String[Gen.Char["a_z"], 1, 20].Where(n => PrometheusName.Problem(n, false, null) is null && !n.StartsWith('_') && !n.EndsWith('_') && !n.Contains("__", System.StringComparison.Ordinal))
            .Sample(name => Assert.Equal(name, PrometheusName.Suggest(name, false, null)));

    [Fact]
    public void A_broken_suggestion_would_be_caught()
    {
        // The property above can fail: a suggestion that keeps an upper-case letter is reported.
        Assert.NotNull(PrometheusName.Problem("Gate_latency", false, null));
        Assert.NotNull(PrometheusName.Problem("gate", true, null));
    }
}
