using System.Text;

namespace EmilySovereign.Json;

/// <summary>The scalar tokens of the parser: strings with their escapes, numbers and the three keywords.</summary>
internal sealed partial class JsonParser<TText>
{
    /// <summary>The unescaped string, or null when only validating.</summary>
    private string? ReadString()
    {
        Advance(); // opening quote
        var builder = _build ? new StringBuilder() : null;
        var run = _position;
        while (true)
        {
            if (AtEnd)
            {
                throw Fail("Unterminated string");
            }

            var c = Current;
            if (c == '"')
            {
                builder?.Append(_text.Slice(run, _position - run));
                Advance();
                return builder?.ToString();
            }

            if (c == '\\')
            {
                builder?.Append(_text.Slice(run, _position - run));
                Advance();
                if (AtEnd)
                {
                    throw Fail("Unterminated string");
                }

                var escaped = Unescape();
                builder?.Append(escaped);
                Advance();
                run = _position;
                continue;
            }

            // Strings never span lines (raw line breaks are rejected), so the line counter stays right.
            if (c < ' ')
            {
                throw Fail(c == '\n' || c == '\r' ? "Unterminated string" : "Control characters must be escaped in strings");
            }

            Advance();
        }
    }

    private char Unescape()
    {
        switch (Current)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                var code = 0;
                for (var i = 1; i <= 4; i++)
                {
                    var digit = _position + i < _text.Length ? HexValue(_text[_position + i]) : -1;
                    if (digit < 0)
                    {
                        throw Fail("Invalid \\u escape; expected four hex digits");
                    }

                    code = (code << 4) | digit;
                }

                _position += 4;
                return (char)code;
            default:
                throw Fail($"Invalid escape '\\{Printable()}'");
        }
    }

    private JsonLiteral? ReadNumber()
    {
        var start = Here();
        if (Current == '-')
        {
            Advance();
        }

        if (AtEnd || !IsDigit(Current))
        {
            throw Fail("Invalid number; expected a digit");
        }

        if (Current == '0' && _position + 1 < _text.Length && IsDigit(_text[_position + 1]))
        {
            // Blame the zero; reading stopped at the digit after it, where the grammar fails.
            throw new JsonSyntaxException(new JsonSyntaxError("Numbers must not have leading zeros", Here(1), _position + 1));
        }

        SkipDigits();
        if (!AtEnd && Current == '.')
        {
            Advance();
            if (AtEnd || !IsDigit(Current))
            {
                throw Fail("Invalid number; expected a digit after '.'");
            }

            SkipDigits();
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            Advance();
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                Advance();
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw Fail("Invalid number; expected a digit in the exponent");
            }

            SkipDigits();
        }

        if (!_build)
        {
            return null;
        }

        var span = SpanFrom(start);
        return new JsonLiteral(JsonKind.Number, _text.Slice(span.Start, span.Length), span);
    }

    private JsonLiteral? ReadKeyword(string keyword, JsonKind kind)
    {
        var start = Here();
        for (var i = 0; i < keyword.Length; i++)
        {
            if (_position + i >= _text.Length || _text[_position + i] != keyword[i])
            {
                throw Fail($"Unexpected character '{Printable()}'; expected a value");
            }
        }

        _position += keyword.Length;
        return _build ? new JsonLiteral(kind, keyword, SpanFrom(start)) : null;
    }
}
