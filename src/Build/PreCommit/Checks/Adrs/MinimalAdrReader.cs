using System;
using System.Globalization;

namespace EmilySovereign.Build.PreCommit.Checks.Adrs;

/// <summary>
/// What both ADR forms of the contract need: a title heading with the file's number (<c># ADR 7: Title</c> or
/// <c># 7. Title</c>) and a status (<c>Status: Accepted</c>, or a <c>## Status</c> section) that is one of Proposed,
/// Accepted, Deprecated, Superseded or Rejected.
/// </summary>
internal sealed class MinimalAdrReader : IAdrReader
{
    private static readonly string[] Statuses = { "Proposed", "Accepted", "Deprecated", "Superseded", "Rejected" };

    public AdrProblem? Read(string fileName, string text)
    {
        var fileNumber = int.Parse(fileName.Substring(0, 4), CultureInfo.InvariantCulture);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
        if (title < 0)
            return new AdrProblem(1, 1, "no title: the first heading must be '# ADR " + fileNumber + ": <title>' or '# " + fileNumber + ". <title>'");
        var number = TitleNumber(lines[title].Substring(2).Trim());
        if (number is null)
            return new AdrProblem(title + 1, 3, "the title does not start with the ADR number ('ADR " + fileNumber + ":' or '" + fileNumber + ".')");
        if (number != fileNumber)
            return new AdrProblem(title + 1, 3, $"the title says ADR {number} but the file name says {fileNumber}");

        for (var i = title + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            string? status = null;
            if (line.StartsWith("Status:", StringComparison.OrdinalIgnoreCase))
                status = line.Substring(7).Trim();
            else if (line.Equals("## Status", StringComparison.OrdinalIgnoreCase))
                status = NextNonEmpty(lines, i + 1);
            if (status is null)
                continue;
            foreach (var known in Statuses)
            {
                if (status.StartsWith(known, StringComparison.OrdinalIgnoreCase))
                    return null;
            }

            return new AdrProblem(i + 1, 1, $"unknown status '{status}': use Proposed, Accepted, Deprecated, Superseded or Rejected");
        }

        return new AdrProblem(title + 1, 1, "no status: add a 'Status: Accepted' line or a '## Status' section");
    }

    private static int? TitleNumber(string title)
    {
        var rest = title.StartsWith("ADR ", StringComparison.OrdinalIgnoreCase) ? title.Substring(4) : title;
        var digits = 0;
        while (digits < rest.Length && char.IsDigit(rest[digits]))
            digits++;
        if (digits == 0 || digits == rest.Length || (rest[digits] != ':' && rest[digits] != '.'))
            return null;
        return int.Parse(rest.Substring(0, digits), CultureInfo.InvariantCulture);
    }

    private static string? NextNonEmpty(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
                return lines[i].Trim();
        }

        return null;
    }
}
