using System.Text;

namespace EmilySovereign.MetricRules;

/// <summary>
/// The Prometheus naming rules ES4001 checks, and a corrected name that passes them (the code fix offers it).
/// No Roslyn here: the rules are plain text rules.
/// </summary>
internal static class PrometheusName
{
    private static readonly (string Word, string Unit)[] UnitWords =
    {
        ("seconds", "s"), ("milliseconds", "ms"), ("microseconds", "us"), ("nanoseconds", "ns"), ("bytes", "By"),
    };

    /// <summary>The first rule <paramref name="name"/> breaks, as the end of a sentence, or null when it breaks none.</summary>
    /// <param name="isCounter">Counters end in <c>_total</c>; nothing else does.</param>
    /// <param name="unit">The metric's <c>Unit</c>; a unit word in the name must agree with it.</param>
    public static string? Problem(string name, bool isCounter, string? unit)
    {
        if (name.Length == 0)
            return "is empty";
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == ':')
                return "contains ':', which Prometheus reserves for recording rules";
            if (!IsAllowed(c))
                return $"contains '{Printable(c)}'; a Prometheus name has only letters, digits and '_'";
            if (i == 0 && c is >= '0' and <= '9')
                return "starts with a digit";
        }

        if (name.StartsWith("__", System.StringComparison.Ordinal))
            return "starts with '__', which Prometheus reserves for its own names";
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z')
                return "is not snake_case (no capital letters)";
        }

        var endsInTotal = name.EndsWith("_total", System.StringComparison.Ordinal);
        if (isCounter && !endsInTotal)
            return "is a counter's name and does not end in '_total'";
        if (!isCounter && endsInTotal)
            return "ends in '_total', which Prometheus keeps for counters";

        foreach (var (word, wordUnit) in UnitWords)
        {
            if (HasSegment(name, word) && unit != wordUnit)
                return $"says '{word}' but its Unit is {(unit is null ? "not set" : "'" + unit + "'")} (use Unit = \"{wordUnit}\")";
        }

        return null;
    }

    /// <summary>A name close to <paramref name="name"/> that breaks no rule of <see cref="Problem"/>.</summary>
    public static string Suggest(string name, bool isCounter, string? unit)
    {
        var snake = SnakeCase(name, keepUnderscoreRuns: false);
        if (snake.Length == 0)
            snake = "metric";
        if (snake[0] is >= '0' and <= '9')
            snake = "metric_" + snake;

        var segments = new System.Collections.Generic.List<string>(snake.Split('_'));
        segments.RemoveAll(s => s.Length == 0 || s == "total");
        for (var i = 0; i < segments.Count; i++)
        {
            foreach (var (word, wordUnit) in UnitWords)
            {
                if (segments[i] == word && unit != wordUnit)
                    segments[i] = WordFor(unit) ?? string.Empty;
            }
        }

        segments.RemoveAll(s => s.Length == 0);
        if (segments.Count == 0)
            segments.Add("metric");
        if (isCounter)
            segments.Add("total");
        return string.Join("_", segments);
    }

    /// <summary>
    /// <c>HdcFallback</c> → <c>hdc_fallback</c>, <c>IOError</c> → <c>io_error</c>; other characters become '_'.
    /// With <paramref name="unicode"/> (label values, which may be any text) letters outside ASCII are kept, lower-cased.
    /// </summary>
    public static string SnakeCase(string text, bool keepUnderscoreRuns = true, bool unicode = false)
    {
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUpper(c, unicode))
            {
                var previous = i > 0 ? text[i - 1] : '\0';
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var wordStart = IsLower(previous, unicode) || IsDigit(previous)
                    || (IsUpper(previous, unicode) && IsLower(next, unicode));
                if (wordStart)
                    Separate(builder, keepUnderscoreRuns);
                builder.Append(unicode ? char.ToLowerInvariant(c) : (char)(c + ('a' - 'A')));
            }
            else if (IsLower(c, unicode) || IsDigit(c) || (unicode && char.IsLetter(c)))
            {
                builder.Append(c);
            }
            else
            {
                Separate(builder, keepUnderscoreRuns);
            }
        }

        return keepUnderscoreRuns ? builder.ToString() : builder.ToString().Trim('_');
    }

    /// <summary>The unit word Prometheus names use for an OpenTelemetry unit, or null when there is none.</summary>
    public static string? WordFor(string? unit)
    {
        foreach (var (word, wordUnit) in UnitWords)
        {
            if (unit == wordUnit)
                return word;
        }

        return null;
    }

    private static void Separate(StringBuilder builder, bool keepRuns)
    {
        if (builder.Length > 0 && (keepRuns || builder[builder.Length - 1] != '_'))
            builder.Append('_');
    }

    private static bool HasSegment(string name, string word)
    {
        foreach (var segment in name.Split('_'))
        {
            if (segment == word)
                return true;
        }

        return false;
    }

    private static bool IsUpper(char c, bool unicode) => unicode ? char.IsUpper(c) : c is >= 'A' and <= 'Z';

    private static bool IsLower(char c, bool unicode) => unicode ? char.IsLower(c) : c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or ':';

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString();
}
