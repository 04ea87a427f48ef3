namespace EmilySovereign.Json;

/// <summary>The lexical layer of the parser: the cursor, whitespace and comments, line tracking and errors.</summary>
internal sealed partial class JsonParser<TText>
{
    private int _position;
    private int _line;
    private int _lineStart;

    private bool AtEnd => _position >= _text.Length;

    private int Current => _text[_position];

    private void Advance() => _position++;

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            switch (Current)
            {
                case ' ':
                case '\t':
                    _position++;
                    break;
                case '\r':
                    _position++;
                    if (!AtEnd && Current == '\n')
                    {
                        _position++;
                    }

                    NewLine();
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                case '/' when (_options & JsonReaderOptions.AllowComments) != 0:
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }

    // A line comment stops before its line break, so SkipWhitespace counts the line.
    private void SkipComment()
    {
        var start = Here();
        var kind = _position + 1 < _text.Length ? _text[_position + 1] : -1;
        if (kind != '/' && kind != '*')
        {
            throw Fail("Unexpected character '/'; expected a value or a comment");
        }

        _position += 2;
        if (kind == '/')
        {
            while (!AtEnd && Current != '\n' && Current != '\r')
            {
                _position++;
            }

            return;
        }

        while (true)
        {
            if (AtEnd)
            {
                throw new JsonSyntaxException(new JsonSyntaxError("Unterminated /* comment", new JsonSpan(start.Start, 2, start.Line, start.Column)));
            }

            var c = Current;
            _position++;
            if (c == '*' && !AtEnd && Current == '/')
            {
                _position++;
                return;
            }

            if (c == '\n' || (c == '\r' && (AtEnd || Current != '\n')))
            {
                NewLine();
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            Advance();
        }
    }

    private void Expect(char expected, string message)
    {
        if (AtEnd || Current != expected)
        {
            throw Fail(AtEnd ? "Unexpected end of file; " + char.ToLowerInvariant(message[0]) + message.Substring(1) : message);
        }

        Advance();
    }

    /// <summary>The span of <paramref name="length"/> code units at the cursor; columns count code units.</summary>
    private JsonSpan Here(int length = 0) => new(_position, length, _line, _position - _lineStart);

    private JsonSpan SpanFrom(JsonSpan start) => new(start.Start, _position - start.Start, start.Line, start.Column);

    private JsonSyntaxError Error(string message) => new(message, Here(AtEnd ? 0 : 1));

    private JsonSyntaxException Fail(string message) => new(Error(message));

    private string Printable()
    {
        var c = Current;
        return c < ' ' ? "\\u" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : _text.CharacterAt(_position);
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static int HexValue(int c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>Unwinds the recursive descent on the first error; never escapes <see cref="Read"/>.</summary>
    private sealed class JsonSyntaxException : System.Exception
    {
        public JsonSyntaxException(JsonSyntaxError error) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}
