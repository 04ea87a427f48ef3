using System;
using System.Globalization;
using System.Text;

namespace EmilySovereign.Build.Observability;

/// <summary>Which metrics get alerts, their names and queries; shared by the rules, dashboard and runbook writers.</summary>
internal static class AlertNames
{
    /// <summary>A histogram with a budget whose unit says seconds or milliseconds: its p99 is held to the budget.</summary>
    public static bool HasBudgetAlert(CatalogMetric metric) =>
        metric.Kind == "Histogram" && metric.BudgetMilliseconds is > 0 && BudgetInUnit(metric) is not null;

    /// <summary>A counter whose name says failure or fallback: any rise is worth a look.</summary>
    public static bool HasRateAlert(CatalogMetric metric) =>
        metric.Kind == "Counter" && (Contains(metric.Name, "fail") || Contains(metric.Name, "fallback") || Contains(metric.Name, "error"));

    public static string BudgetAlert(CatalogMetric metric) => Pascal(metric.Name) + "OverBudget";

    public static string RateAlert(CatalogMetric metric) => Pascal(Trim(metric.Name, "_total")) + "Rising";

    /// <summary>The budget in the histogram's unit (<c>s</c>: 0.05 for 50 ms), or null for another unit.</summary>
    public static double? BudgetInUnit(CatalogMetric metric) => metric.Unit switch
    {
        "s" => metric.BudgetMilliseconds / 1000,
        "ms" => metric.BudgetMilliseconds,
        "us" => metric.BudgetMilliseconds * 1000,
        _ => null,
    };

    public static string Quantile(CatalogMetric metric, string quantile, string by = "le") =>
        $"histogram_quantile({quantile}, sum by ({by}) (rate({ExportedName.Of(metric)}_bucket[5m])))";

    public static string BudgetExpression(CatalogMetric metric) => Quantile(metric, "0.99") + " > " + Number(BudgetInUnit(metric)!.Value);

    public static string RateExpression(CatalogMetric metric) => $"sum(rate({ExportedName.Of(metric)}[5m])) > 0";

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary><c>alpha_attention_latency</c> → <c>AlphaAttentionLatency</c>; other characters separate words.</summary>
    public static string Pascal(string name)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return text.Length == 0 || char.IsDigit(text[0]) ? "Metric" + text : text.ToString();
    }

    private static string Trim(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : name;

    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
