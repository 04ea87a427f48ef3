using System;
using System.Collections.Generic;
using System.Globalization;

namespace EmilySovereign.Adrs;

/// <summary>
/// Reads an ADR file in any of the forms teams write: the one-line form (<c># ADR 001: Title</c>, <c>Status: Accepted</c>),
/// adr-tools (<c># 7. Title</c>, a <c>## Status</c> section, <c>Superseded by [..](0009-....md)</c>), MADR 2 bullets and
/// MADR 3/4 front matter. Never throws: what it cannot read becomes an <see cref="EmilySovereign.Parsing.LineProblem"/> at a 1-based position.
/// Shared as source by the generator, the analyzers and the MSBuild tasks.
/// </summary>
internal static class AdrParser
{
    /// <summary>Parses <paramref name="text"/>, the content of the file at <paramref name="path"/>.</summary>
    public static AdrDocument Parse(string path, string? text)
    {
        var document = new AdrDocument(path ?? string.Empty);
        if (!AdrFileName.TryGetNumber(document.Path, out var number))
            return document;

        document.IsAdrFile = true;
        document.Number = number;
        text ??= string.Empty;
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text.Substring(1);

        var lines = AdrText.SplitLines(text);
        var body = ReadFrontMatter(document, lines);
        ReadBody(document, lines, body);
        Validate(document);
        return document;
    }

    /// <summary>Reads <c>---</c> YAML front matter (MADR 3/4); returns the index of the first body line.</summary>
    private static int ReadFrontMatter(AdrDocument document, List<string> lines)
    {
        if (lines[0].TrimEnd() != "---")
            return 0;

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                for (var j = 1; j < i; j++)
                {
                    if (AdrText.TryReadKeyValue(lines[j], out var key, out var value, out var index))
                        ReadField(document, j + 1, key, Unquote(value), index, AdrStatusForm.FrontMatter);
                }

                return i + 1;
            }
        }

        document.AddProblem(1, 1, 3, "The front matter that starts here has no closing '---' line");
        return 1;
    }

    private static void ReadBody(AdrDocument document, List<string> lines, int first)
    {
        var inFence = false;
        var inStatusSection = false;
        var statusPending = false;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || trimmed.Length == 0)
                continue;

            if (trimmed[0] == '#')
            {
                var level = 0;
                while (level < trimmed.Length && trimmed[level] == '#')
                    level++;
                var heading = trimmed.Substring(level).Trim().TrimEnd('#').Trim();
                if (level == 1)
                    ReadTitle(document, lineNumber, line, heading);
                inStatusSection = level > 1 && string.Equals(heading, "Status", StringComparison.OrdinalIgnoreCase);
                statusPending = inStatusSection;
                continue;
            }

            if (AdrText.TryReadKeyValue(line, out var key, out var value, out var index) && (key == "status" || key == "date"))
            {
                ReadField(document, lineNumber, key, value, index, AdrStatusForm.Line);
                statusPending = false;
                continue;
            }

            var start = AdrText.SkipBulletAndEmphasis(line, 0);
            var content = line.Substring(start);
            if (statusPending)
            {
                statusPending = false;
                ReadStatus(document, lineNumber, start, content, AdrStatusForm.Section);
                continue;
            }

            ReadLink(document, content, inStatusSection);
        }
    }

    private static void ReadField(AdrDocument document, int line, string key, string value, int index, AdrStatusForm form)
    {
        if (key == "status")
        {
            ReadStatus(document, line, index, value, form);
        }
        else if (key == "date" && document.Date is null)
        {
            if (AdrText.IsIsoDate(value))
                document.Date = value;
            else
                document.AddProblem(line, index + 1, value.Length, $"The date '{Shorten(value)}' is not a yyyy-MM-dd date");
        }
    }

    private static void ReadStatus(AdrDocument document, int line, int index, string value, AdrStatusForm form)
    {
        if (document.Status is not null)
            return;

        var status = AdrText.StatusOf(value, out var rest);
        if (status is null)
        {
            document.AddProblem(line, index + 1, value.TrimEnd().Length,
                $"The status '{Shorten(AdrText.StripEmphasis(value))}' is not one of Proposed, Accepted, Deprecated, Superseded, Rejected");
            return;
        }

        document.Status = status;
        document.StatusForm = form;
        document.StatusLine = line;
        if (rest.TrimStart().StartsWith("by", StringComparison.OrdinalIgnoreCase))
            document.SupersededBy ??= AdrText.ReferencedNumber(rest);
    }

    /// <summary><c>Supersedes [3. ...](0003-....md)</c> and <c>Superseded by [7. ...](0007-....md)</c> lines.</summary>
    private static void ReadLink(AdrDocument document, string content, bool inStatusSection)
    {
        if (content.StartsWith("Superseded by", StringComparison.OrdinalIgnoreCase))
        {
            document.SupersededBy ??= AdrText.ReferencedNumber(content.Substring("Superseded by".Length));
        }
        else if (content.StartsWith("Supersedes", StringComparison.OrdinalIgnoreCase) &&
                 (inStatusSection || content.IndexOf("](", StringComparison.Ordinal) >= 0))
        {
            var number = AdrText.ReferencedNumber(content.Substring("Supersedes".Length));
            if (number is int n && !document.Supersedes.Contains(n))
                document.Supersedes.Add(n);
        }
    }

    /// <summary><c>ADR 001: Title</c>, <c>ADR-7 - Title</c>, <c>7. Title</c> or a bare <c>Title</c> (MADR).</summary>
    private static void ReadTitle(AdrDocument document, int line, string text, string heading)
    {
        var index = text.IndexOf(heading, StringComparison.Ordinal);
        if (document.TitleLine != 0)
        {
            document.AddProblem(line, 1, text.TrimEnd().Length,
                $"A second title; the title of this ADR is the one on line {document.TitleLine}");
            return;
        }

        document.TitleLine = line;
        var i = 0;
        if (heading.StartsWith("ADR", StringComparison.OrdinalIgnoreCase))
        {
            i = 3;
            while (i < heading.Length && (heading[i] == ' ' || heading[i] == '-' || heading[i] == '#'))
                i++;
        }

        var digitsStart = i;
        while (i < heading.Length && heading[i] >= '0' && heading[i] <= '9' && i - digitsStart < 9)
            i++;
        var title = heading;
        if (i > digitsStart && i < heading.Length && (heading[i] == ':' || heading[i] == '.' || heading[i] == ' ' || heading[i] == '-'))
        {
            var titleNumber = int.Parse(heading.Substring(digitsStart, i - digitsStart), CultureInfo.InvariantCulture);
            if (titleNumber != document.Number)
            {
                document.AddProblem(line, index + digitsStart + 1, i - digitsStart,
                    $"The title says ADR {titleNumber} but the file name says {document.Number}");
            }

            title = heading.Substring(i).TrimStart(':', '.', '-', ' ', '\u2013', '\u2014').Trim();
        }

        if (title.Length == 0)
            document.AddProblem(line, 1, text.TrimEnd().Length, "The title line has no title text");
        else
            document.Title = title;
    }

    private static void Validate(AdrDocument document)
    {
        if (document.TitleLine == 0)
            document.AddProblem(1, 1, 0, "No title: an ADR starts with '# ADR 1: Title' or '# 1. Title'");
        if (document.Status is null && !HasStatusProblem(document))
        {
            var line = document.TitleLine == 0 ? 1 : document.TitleLine;
            document.AddProblem(line, 1, 0, "No status: add 'Status: Accepted' or a '## Status' section");
        }
    }

    private static bool HasStatusProblem(AdrDocument document) =>
        document.Problems.Exists(p => p.Message.StartsWith("The status", StringComparison.Ordinal));

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;

    private static string Shorten(string value) => value.Length <= 60 ? value : value.Substring(0, 57) + "...";
}
