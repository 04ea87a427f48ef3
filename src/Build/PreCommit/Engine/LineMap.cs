using System;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>
/// Turns byte offsets into 1-based line and column. Walks forward from the last answer, so the usual ascending
/// queries cost one pass over the file; columns count UTF-8 characters, as editors do.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _content;
    private int _cursorOffset;
    private int _cursorLine = 1;
    private int _cursorLineStart;

    public LineMap(byte[] content) => _content = content;

    public (int Line, int Column) Locate(int offset)
    {
        if (offset < _cursorLineStart)
        {
            _cursorOffset = 0;
            _cursorLine = 1;
            _cursorLineStart = 0;
        }

        var span = _content.AsSpan();
        while (_cursorOffset < offset)
        {
            var next = span.Slice(_cursorOffset, offset - _cursorOffset).IndexOf((byte)'\n');
            if (next < 0)
            {
                _cursorOffset = offset;
                break;
            }

            _cursorOffset += next + 1;
            _cursorLine++;
            _cursorLineStart = _cursorOffset;
        }

        return (_cursorLine, CountCharacters(span.Slice(_cursorLineStart, offset - _cursorLineStart)) + 1);
    }

    /// <summary>The start of the line holding <paramref name="offset"/>.</summary>
    public static int LineStart(ReadOnlySpan<byte> content, int offset)
    {
        var newline = content.Slice(0, offset).LastIndexOf((byte)'\n');
        return newline + 1;
    }

    /// <summary>The end of the line holding <paramref name="offset"/>: the offset of its '\r' or '\n', or the length.</summary>
    public static int LineEnd(ReadOnlySpan<byte> content, int offset)
    {
        var end = content.Slice(offset).IndexOfAny((byte)'\n', (byte)'\r');
        return end < 0 ? content.Length : offset + end;
    }

    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
                count++;
        }

        return count;
    }
}
