using EmilySovereign.Build.Observability;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>Which metrics get alerts and what the alerts are called; every character-class and unit edge.</summary>
public sealed class AlertNamesTests
{
    [Theory]
    [InlineData("alpha_attention_latency", "AlphaAttentionLatency")]
    [InlineData("azAZ09", "AzAZ09")]
    [InlineData("a`b{c@d[e/f:g", "ABCDEFG")] // the characters just outside a-z, A-Z and 0-9 separate words
    [InlineData("__x__y", "XY")]
    [InlineData("9lives", "Metric9lives")]
    [InlineData("", "Metric")]
    [InlineData("___", "Metric")]
    public void Pascal_joins_words_and_starts_with_a_letter(string name, string expected) =>
        Assert.Equal(expected, AlertNames.Pascal(name));

    [Theory]
    [InlineData("Histogram", "s", 50.0, true)]
    [InlineData("Histogram", "ms", 0.5, true)]
    [InlineData("Histogram", "us", 1.0, true)]
    [InlineData("Histogram", "By", 50.0, false)]
    [InlineData("Histogram", "s", 0.0, false)]
    [InlineData("Histogram", "s", null, false)]
    [InlineData("Counter", "s", 50.0, false)]
    public void Only_a_budgeted_histogram_in_a_time_unit_gets_a_budget_alert(string kind, string unit, double? budget, bool expected) =>
        Assert.Equal(expected, AlertNames.HasBudgetAlert(ObservabilityCatalog.Metric("m", kind, unit, budget)));

    [Theory]
    [InlineData("s", 50.0, 0.05)]
    [InlineData("ms", 50.0, 50.0)]
    [InlineData("us", 0.25, 250.0)]
    public void Budget_is_converted_to_the_histogram_unit(string unit, double budget, double expected) =>
        Assert.Equal(expected, AlertNames.BudgetInUnit(ObservabilityCatalog.Metric("m", "Histogram", unit, budget)));

    [Theory]
    [InlineData("payment_failures_total", "Counter", true)]
    [InlineData("gate_fallbacks_total", "Counter", true)]
    [InlineData("HTTP_ERRORS", "Counter", true)]
    [InlineData("requests_total", "Counter", false)]
    [InlineData("failures", "Gauge", false)]
    [InlineData("fail", "Counter", true)] // the word at offset 0 counts
    public void Rate_alerts_are_for_counters_named_for_failures(string name, string kind, bool expected) =>
        Assert.Equal(expected, AlertNames.HasRateAlert(ObservabilityCatalog.Metric(name, kind, null)));

    [Theory]
    [InlineData("gate_fallbacks_total", "GateFallbacksRising")]
    [InlineData("gate_fallbacks", "GateFallbacksRising")]
    [InlineData("total_errors", "TotalErrorsRising")]
    public void Rate_alert_names_drop_a_trailing_total(string name, string expected) =>
        Assert.Equal(expected, AlertNames.RateAlert(ObservabilityCatalog.Metric(name, "Counter", null)));
}
