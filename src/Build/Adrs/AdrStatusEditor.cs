using System.Globalization;
using EmilySovereign.Adrs;

namespace EmilySovereign.Build.Adrs;

/// <summary>
/// Marks an ADR superseded by rewriting only the value on its status line, in the form the file already uses:
/// <c>Status: Superseded by [ADR 009](0009-x.md)</c>, an adr-tools status section line
/// <c>Superseded by [9. Title](0009-x.md)</c>, or front matter <c>status: superseded by [ADR-0009](0009-x.md)</c>.
/// Every other byte of the file, line endings included, stays as it was.
/// </summary>
internal static class AdrStatusEditor
{
    /// <summary>The edited text, or null when the document has no status line to edit.</summary>
    public static string? MarkSuperseded(string text, AdrDocument document, int successor, string successorTitle, string successorFile)
    {
        if (document.StatusLine == 0)
            return null;

        var (start, end) = LineBounds(text, document.StatusLine);
        if (start < 0)
            return null;

        var line = text.Substring(start, end - start);
        var number = successor.ToString(CultureInfo.InvariantCulture);
        int valueIndex;
        string value;
        switch (document.StatusForm)
        {
            case AdrStatusForm.Line when AdrText.TryReadKeyValue(line, out _, out _, out valueIndex):
                value = "Superseded by [ADR " + successor.ToString("000", CultureInfo.InvariantCulture) + "](" + successorFile + ")";
                break;
            case AdrStatusForm.FrontMatter when AdrText.TryReadKeyValue(line, out _, out _, out valueIndex):
                value = "superseded by [ADR-" + successor.ToString("0000", CultureInfo.InvariantCulture) + "](" + successorFile + ")";
                break;
            case AdrStatusForm.Section:
                valueIndex = AdrText.SkipBulletAndEmphasis(line, 0);
                value = "Superseded by [" + number + ". " + successorTitle + "](" + successorFile + ")";
                break;
            default:
                return null;
        }

        // Keep closing emphasis (Status: **Accepted**) so the Markdown stays balanced.
        var trailing = line.Length;
        while (trailing > valueIndex && (line[trailing - 1] == '*' || line[trailing - 1] == '_' || line[trailing - 1] == ' '))
            trailing--;
        var edited = line.Substring(0, valueIndex) + value + line.Substring(trailing).TrimStart(' ');
        return text.Substring(0, start) + edited + text.Substring(end);
    }

    /// <summary>The start and end (before the line break) of 1-based line <paramref name="line"/>, or (-1, -1).</summary>
    private static (int Start, int End) LineBounds(string text, int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = text.IndexOfAny(new[] { '\r', '\n' }, start);
            if (next < 0)
                return (-1, -1);
            start = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }

        var end = text.IndexOfAny(new[] { '\r', '\n' }, start);
        return (start, end < 0 ? text.Length : end);
    }
}
