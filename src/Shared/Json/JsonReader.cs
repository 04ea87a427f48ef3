using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EmilySovereign.Json;

/// <summary>
/// A small strict JSON (RFC 8259) reader that records the position of every value and reports the first syntax
/// error with its exact line and column. Hand-written because analyzers load into the compiler, where
/// System.Text.Json is not ours to bring, and because its errors must point into the user's file.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads one JSON document; exactly one of <paramref name="value"/> and the returned error is set.</summary>
    public static JsonSyntaxError? TryRead(string text, out JsonValue? value)
    {
        var reader = new JsonReader(text);
        value = null;
        try
        {
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                return reader.Error("The file is empty; expected a JSON object");
            }

            var root = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                return reader.Error("Unexpected text after the end of the JSON document");
            }

            value = root;
            return null;
        }
        catch (JsonSyntaxException e)
        {
            return e.Error;
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private JsonValue ReadValue(int depth)
    {
        if (AtEnd)
        {
            throw Fail("Unexpected end of file; expected a value");
        }

        switch (Current)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var start = Here(0);
                var text = ReadString();
                return new JsonString(text, SpanFrom(start));
            case 't':
                return ReadKeyword("true", JsonKind.True);
            case 'f':
                return ReadKeyword("false", JsonKind.False);
            case 'n':
                return ReadKeyword("null", JsonKind.Null);
            default:
                if (Current == '-' || (Current >= '0' && Current <= '9'))
                {
                    return ReadNumber();
                }

                throw Fail($"Unexpected character '{Printable(Current)}'; expected a value");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var start = Here(0);
        if (depth >= MaxDepth)
        {
            throw Fail("The JSON is nested too deeply");
        }

        Advance(); // {
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            Advance();
            return new JsonObject(properties, SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Fail(AtEnd ? "Unexpected end of file; expected a property name" : "Expected a property name in double quotes");
            }

            var nameStart = Here(0);
            var name = ReadString();
            var nameSpan = SpanFrom(nameStart);
            SkipWhitespace();
            Expect(':', "Expected ':' after the property name");
            SkipWhitespace();
            properties.Add(new JsonProperty(name, nameSpan, ReadValue(depth + 1)));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("Unexpected end of file; expected ',' or '}'");
            }

            if (Current == ',')
            {
                Advance();
                SkipWhitespace();
                if (!AtEnd && Current == '}')
                {
                    throw Fail("Trailing comma before '}'");
                }

                continue;
            }

            Expect('}', "Expected ',' or '}'");
            return new JsonObject(properties, SpanFrom(start));
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var start = Here(0);
        if (depth >= MaxDepth)
        {
            throw Fail("The JSON is nested too deeply");
        }

        Advance(); // [
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            Advance();
            return new JsonArray(items, SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("Unexpected end of file; expected ',' or ']'");
            }

            if (Current == ',')
            {
                Advance();
                SkipWhitespace();
                if (!AtEnd && Current == ']')
                {
                    throw Fail("Trailing comma before ']'");
                }

                continue;
            }

            Expect(']', "Expected ',' or ']'");
            return new JsonArray(items, SpanFrom(start));
        }
    }

    private string ReadString()
    {
        Advance(); // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n' || Current == '\r')
            {
                throw Fail("Unterminated string");
            }

            var c = Current;
            if (c == '"')
            {
                Advance();
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Fail("Control characters must be escaped in strings");
            }

            if (c != '\\')
            {
                builder.Append(c);
                Advance();
                continue;
            }

            Advance();
            if (AtEnd)
            {
                throw Fail("Unterminated string");
            }

            switch (Current)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 >= _text.Length ||
                        !int.TryParse(_text.Substring(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Fail("Invalid \\u escape; expected four hex digits");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Fail($"Invalid escape '\\{Printable(Current)}'");
            }

            Advance();
        }
    }

    private JsonLiteral ReadNumber()
    {
        var start = Here(0);
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
            throw Fail("Numbers must not have leading zeros");
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

        var span = SpanFrom(start);
        return new JsonLiteral(JsonKind.Number, _text.Substring(span.Start, span.Length), span);
    }

    private JsonLiteral ReadKeyword(string keyword, JsonKind kind)
    {
        var start = Here(0);
        if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0)
        {
            throw Fail($"Unexpected character '{Printable(Current)}'; expected a value");
        }

        _position += keyword.Length;
        return new JsonLiteral(kind, keyword, SpanFrom(start));
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            Advance();
        }
    }

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
                case '\uFEFF' when _position == 0:
                    _position++;
                    _lineStart = _position;
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    // Strings never span lines (raw line breaks are rejected), so only whitespace moves the line counter.
    private void Advance() => _position++;

    private void Expect(char expected, string message)
    {
        if (AtEnd || Current != expected)
        {
            throw Fail(AtEnd ? "Unexpected end of file; " + char.ToLowerInvariant(message[0]) + message.Substring(1) : message);
        }

        Advance();
    }

    private JsonSpan Here(int length) => new(_position, length, _line, _position - _lineStart);

    private JsonSpan SpanFrom(JsonSpan start) => new(start.Start, _position - start.Start, start.Line, start.Column);

    private JsonSyntaxError Error(string message) => new(message, Here(AtEnd ? 0 : 1));

    private JsonSyntaxException Fail(string message) => new(Error(message));

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    /// <summary>Unwinds the recursive descent on the first error; never escapes <see cref="TryRead"/>.</summary>
    private sealed class JsonSyntaxException : System.Exception
    {
        public JsonSyntaxException(JsonSyntaxError error) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}
