using System;
using System.Collections.Generic;
using System.Text;

namespace EmilySovereign.Build.Observability;

/// <summary>
/// The name OpenTelemetry's Prometheus exporter gives a metric, so generated PromQL queries what is really scraped:
/// the unit's word is appended unless the name already ends with it (<c>s</c> → <c>_seconds</c>, <c>By</c> →
/// <c>_bytes</c>, <c>{request}</c> adds nothing), and a counter ends in <c>_total</c> after the unit. Checked against the
/// exporter itself by the build's tests (<c>ExportedNameTests</c>).
/// </summary>
internal static class ExportedName
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["d"] = "days",
        ["h"] = "hours",
        ["min"] = "minutes",
        ["s"] = "seconds",
        ["ms"] = "milliseconds",
        ["us"] = "microseconds",
        ["ns"] = "nanoseconds",
        ["By"] = "bytes",
        ["KiBy"] = "kibibytes",
        ["MiBy"] = "mebibytes",
        ["GiBy"] = "gibibytes",
        ["TiBy"] = "tibibytes",
        ["KBy"] = "kilobytes",
        ["MBy"] = "megabytes",
        ["GBy"] = "gigabytes",
        ["TBy"] = "terabytes",
        ["B"] = "bytes",
        ["KB"] = "kilobytes",
        ["MB"] = "megabytes",
        ["GB"] = "gigabytes",
        ["TB"] = "terabytes",
        ["m"] = "meters",
        ["V"] = "volts",
        ["A"] = "amperes",
        ["J"] = "joules",
        ["W"] = "watts",
        ["g"] = "grams",
        ["Cel"] = "celsius",
        ["Hz"] = "hertz",
        ["1"] = "",
        ["%"] = "percent",
        ["$"] = "dollars",
    };

    /// <summary>The base name: the histogram's series are this plus <c>_bucket</c>, <c>_sum</c> and <c>_count</c>.</summary>
    public static string Of(CatalogMetric metric)
    {
        var name = Sanitize(metric.Name);
        var unit = UnitWord(metric.Unit);
        var isCounter = metric.Kind == "Counter";
        // As the exporter does: the unit is added unless the name already ends with it, or a counter's name with it
        // and "_total" (sent_bytes_total in By stays as it is; io_total in By becomes io_total_bytes_total).
        if (!name.EndsWith(unit, StringComparison.Ordinal) && !(isCounter && name.EndsWith(unit + "_total", StringComparison.Ordinal)))
            name += "_" + unit;
        return isCounter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    /// <summary>
    /// The word for an OpenTelemetry (UCUM) unit: annotations in braces are dropped, <c>1</c> gives none, <c>X/Y</c>
    /// gives <c>x_per_y</c> (<c>{packet}/s</c> gives <c>per_second</c>).
    /// </summary>
    internal static string UnitWord(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
            return string.Empty;
        var plain = RemoveAnnotations(unit!);
        var slash = plain.IndexOf('/');
        var word = slash >= 0 && slash < plain.Length - 1
            ? Word(plain.Substring(0, slash)) + "_per_" + PerWord(plain.Substring(slash + 1))
            : Word(plain);
        return Sanitize(word).Trim('_');
    }

    private static string Word(string unit) => Units.TryGetValue(unit, out var word) ? word : unit;

    private static string PerWord(string unit) => unit switch
    {
        "s" => "second",
        "m" => "minute",
        "h" => "hour",
        "d" => "day",
        "w" => "week",
        "mo" => "month",
        "y" => "year",
        _ => unit,
    };

    private static string RemoveAnnotations(string unit)
    {
        var text = new StringBuilder();
        var depth = 0;
        foreach (var c in unit)
        {
            if (c == '{')
                depth++;
            else if (c == '}' && depth > 0)
                depth--;
            else if (depth == 0)
                text.Append(c);
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// Characters outside <c>[a-zA-Z0-9_:]</c> become '_', runs of '_' collapse, as the exporter does. A leading digit
    /// needs nothing: OpenTelemetry drops an instrument whose name does not start with a letter, and ES4001 reports it.
    /// </summary>
    internal static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ':';
            if (allowed)
                text.Append(c);
            else if (text.Length == 0 || text[text.Length - 1] != '_')
                text.Append('_');
        }

        return text.ToString();
    }
}
