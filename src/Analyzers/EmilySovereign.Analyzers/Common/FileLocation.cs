using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Common;

/// <summary>Where a line-based parser's finding is in its additional file, so that the IDE shows it in that file.</summary>
internal static class FileLocation
{
    /// <summary>
    /// <paramref name="length"/> characters (to the end of the line when negative) from a 1-based line and column, clamped
    /// into the text. The parsers drop a byte order mark, so where the text still holds one as a character the first
    /// line's columns are one further.
    /// </summary>
    public static Location Of(string path, SourceText text, int line, int column = 1, int length = -1)
    {
        var lines = text.Lines;
        var index = Math.Max(0, Math.Min(line - 1, lines.Count - 1));
        var textLine = lines[index];
        var bom = index == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var start = Math.Min(textLine.Start + bom + Math.Max(0, column - 1), textLine.End);
        var end = length < 0 ? textLine.End : Math.Min(start + length, textLine.End);
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, lines.GetLinePositionSpan(span));
    }
}
