using System.Collections.Generic;

namespace EmilySovereign.Json;

/// <summary>
/// The grammar of <see cref="JsonReader"/>: recursive descent over values. With <c>buildValues</c> off it only
/// validates, allocating nothing per value. Scalars are read in JsonParser.Scalars.cs, whitespace, comments
/// and positions in JsonParser.Lexing.cs.
/// </summary>
internal sealed partial class JsonParser<TText>
    where TText : struct, IJsonText
{
    // Deep enough for any configuration file; shallow enough that recursion cannot exhaust a host thread's stack.
    private const int MaxDepth = 256;

    private readonly TText _text;
    private readonly JsonReaderOptions _options;
    private readonly bool _build;

    public JsonParser(TText text, JsonReaderOptions options, bool buildValues)
    {
        _text = text;
        _options = options;
        _build = buildValues;
        _position = _lineStart = text.ByteOrderMarkLength;
    }

    public JsonSyntaxError? Read(out JsonValue? value)
    {
        value = null;
        try
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return Error("The file is empty; expected a JSON object");
            }

            var root = ReadValue(0);
            SkipWhitespace();
            if (!AtEnd)
            {
                return Error("Unexpected text after the end of the JSON document");
            }

            value = root;
            return null;
        }
        catch (JsonSyntaxException e)
        {
            return e.Error;
        }
    }

    /// <summary>The value, or null when only validating.</summary>
    private JsonValue? ReadValue(int depth)
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
                var start = Here();
                var text = ReadString();
                return _build ? new JsonString(text!, SpanFrom(start)) : null;
            case 't':
                return ReadKeyword("true", JsonKind.True);
            case 'f':
                return ReadKeyword("false", JsonKind.False);
            case 'n':
                return ReadKeyword("null", JsonKind.Null);
            default:
                if (Current == '-' || IsDigit(Current))
                {
                    return ReadNumber();
                }

                throw Fail($"Unexpected character '{Printable()}'; expected a value");
        }
    }

    private JsonObject? ReadObject(int depth)
    {
        var start = Here();
        if (depth >= MaxDepth)
        {
            throw Fail("The JSON is nested too deeply");
        }

        Advance(); // {
        var properties = _build ? new List<JsonProperty>() : null;
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            Advance();
            return _build ? new JsonObject(properties!, SpanFrom(start)) : null;
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Fail(AtEnd ? "Unexpected end of file; expected a property name" : "Expected a property name in double quotes");
            }

            var nameStart = Here();
            var name = ReadString();
            var nameSpan = SpanFrom(nameStart);
            SkipWhitespace();
            Expect(':', "Expected ':' after the property name");
            SkipWhitespace();
            var value = ReadValue(depth + 1);
            properties?.Add(new JsonProperty(name!, nameSpan, value!));
            if (AfterElement('}'))
            {
                return _build ? new JsonObject(properties!, SpanFrom(start)) : null;
            }
        }
    }

    private JsonArray? ReadArray(int depth)
    {
        var start = Here();
        if (depth >= MaxDepth)
        {
            throw Fail("The JSON is nested too deeply");
        }

        Advance(); // [
        var items = _build ? new List<JsonValue>() : null;
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            Advance();
            return _build ? new JsonArray(items!, SpanFrom(start)) : null;
        }

        while (true)
        {
            SkipWhitespace();
            var item = ReadValue(depth + 1);
            items?.Add(item!);
            if (AfterElement(']'))
            {
                return _build ? new JsonArray(items!, SpanFrom(start)) : null;
            }
        }
    }

    /// <summary>After an element: true when the container closed, false when a comma announced another element.</summary>
    private bool AfterElement(char close)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Fail($"Unexpected end of file; expected ',' or '{close}'");
        }

        if (Current != ',')
        {
            Expect(close, close == '}' ? "Expected ',' or '}'" : "Expected ',' or ']'");
            return true;
        }

        Advance();
        SkipWhitespace();
        if (AtEnd || Current != close)
        {
            return false;
        }

        if ((_options & JsonReaderOptions.AllowTrailingCommas) == 0)
        {
            throw Fail($"Trailing comma before '{close}'");
        }

        Advance();
        return true;
    }
}
