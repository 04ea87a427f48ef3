using System;
using System.Collections.Generic;
using System.Globalization;

namespace EmilySovereign.Adrs;

/// <summary>Small Markdown helpers of the ADR parser: lines, key-value lines, status words, references to ADRs.</summary>
internal static class AdrText
{
    private static readonly string[] StatusNames = { "Proposed", "Accepted", "Deprecated", "Superseded", "Rejected" };

    /// <summary>The lines of <paramref name="text"/>, split at <c>\r\n</c>, <c>\n</c> or <c>\r</c>.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>
    /// Reads <c>Status: Accepted</c>, <c>* Status: accepted</c>, <c>**Date:** 2026-01-12</c>: the key in lower case,
    /// the value without emphasis, and the 0-based index of the value in the line.
    /// </summary>
    public static bool TryReadKeyValue(string line, out string key, out string value, out int valueIndex)
    {
        key = value = string.Empty;
        valueIndex = 0;
        var i = SkipBulletAndEmphasis(line, 0);
        var keyStart = i;
        while (i < line.Length && i - keyStart <= 24 && (char.IsLetter(line[i]) || line[i] == ' ' || line[i] == '-'))
            i++;
        var keyEnd = i;
        while (i < line.Length && (line[i] == '*' || line[i] == '_'))
            i++;
        if (i >= line.Length || line[i] != ':' || keyEnd == keyStart)
            return false;

        key = line.Substring(keyStart, keyEnd - keyStart).Trim().ToLowerInvariant();
        i++;
        while (i < line.Length && (line[i] == '*' || line[i] == '_' || line[i] == ' ' || line[i] == '\t'))
            i++;
        valueIndex = i;
        value = StripEmphasis(line.Substring(i));
        return true;
    }

    /// <summary>The index after leading blanks, a list bullet and emphasis marks.</summary>
    public static int SkipBulletAndEmphasis(string line, int i)
    {
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i + 1 < line.Length && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ')
            i += 2;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '*' || line[i] == '_'))
            i++;
        return i;
    }

    public static string StripEmphasis(string value) => value.Trim().Trim('*', '_', '`').Trim();

    /// <summary>The status a word names, case-insensitive (<c>accepted</c>, <c>Superseded by ...</c>).</summary>
    public static AdrStatusKind? StatusOf(string value, out string rest)
    {
        var text = StripEmphasis(value);
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var word = text.Substring(0, end);
        rest = text.Substring(end);
        for (var i = 0; i < StatusNames.Length; i++)
        {
            if (string.Equals(word, StatusNames[i], StringComparison.OrdinalIgnoreCase))
                return (AdrStatusKind)i;
        }

        return null;
    }

    public static string NameOf(AdrStatusKind status) => StatusNames[(int)status];

    /// <summary>
    /// The ADR a reference names: the file of a Markdown link (<c>[7. Title](0007-title.md)</c>), else the first
    /// number in the text (<c>ADR 7</c>, <c>ADR-0007</c>).
    /// </summary>
    public static int? ReferencedNumber(string text)
    {
        var link = text.IndexOf("](", StringComparison.Ordinal);
        if (link >= 0)
        {
            var close = text.IndexOf(')', link);
            var target = close < 0 ? text.Substring(link + 2) : text.Substring(link + 2, close - link - 2);
            var hash = target.IndexOf('#');
            if (hash >= 0)
                target = target.Substring(0, hash);
            if (AdrFileName.TryGetNumber(target.Trim(), out var fromLink))
                return fromLink;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= '0' && text[i] <= '9')
            {
                var end = i;
                while (end < text.Length && end - i < 9 && text[end] >= '0' && text[end] <= '9')
                    end++;
                return int.Parse(text.Substring(i, end - i), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>True for a real calendar date written <c>yyyy-MM-dd</c>.</summary>
    public static bool IsIsoDate(string value) =>
        value.Length == 10 &&
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
