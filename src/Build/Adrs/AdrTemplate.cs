using System.Globalization;
using System.Text;

namespace EmilySovereign.Build.Adrs;

/// <summary>
/// The text of a new ADR: the one-line form by default, or a team's own template with the placeholders
/// <c>{{number}}</c> (<c>009</c>), <c>{{title}}</c>, <c>{{status}}</c>, <c>{{date}}</c> and <c>{{supersedes}}</c>
/// (a whole <c>Supersedes: [..](..)</c> line, or nothing).
/// </summary>
internal static class AdrTemplate
{
    public const string Default =
        "# ADR {{number}}: {{title}}\n" +
        "\n" +
        "Status: {{status}}\n" +
        "Date: {{date}}\n" +
        "{{supersedes}}" +
        "Context: What is the issue that motivates this decision? Which forces are at play?\n" +
        "Decision: What do we do about it?\n" +
        "Consequences: What becomes easier or harder because of this decision?\n";

    public static string Render(string template, int number, string title, string status, string date, int? supersedes, string? supersededFile)
    {
        var supersedesLine = supersedes is int old
            ? "Supersedes: [ADR " + old.ToString("000", CultureInfo.InvariantCulture) + "](" + supersededFile + ")\n"
            : string.Empty;
        return new StringBuilder(template)
            .Replace("{{number}}", number.ToString("000", CultureInfo.InvariantCulture))
            .Replace("{{title}}", title)
            .Replace("{{status}}", status)
            .Replace("{{date}}", date)
            .Replace("{{supersedes}}", supersedesLine)
            .ToString();
    }
}
