using System;
using System.Collections.Generic;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// A small strict JSON (RFC 8259) validator over UTF-8 bytes that says where the first error is. Comments and
/// trailing commas are accepted because .NET's own configuration files (appsettings.json, launchSettings.json)
/// allow them. Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal ref struct JsonValidator
{
    private readonly ReadOnlySpan<byte> _text;
    private int _pos;

    private JsonValidator(ReadOnlySpan<byte> text)
    {
        _text = text;
        _pos = text.Length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0;
    }

    /// <summary>Null when <paramref name="text"/> is one valid JSON value; otherwise the error and its byte offset.</summary>
    public static (int Offset, string Message)? Validate(ReadOnlySpan<byte> text)
    {
        var validator = new JsonValidator(text);
        try
        {
            validator.Document();
            return null;
        }
        catch (JsonError e)
        {
            return (Math.Min(validator._pos, text.Length), e.Message);
        }
    }

    private void Document()
    {
        SkipBlanks();
        if (_pos >= _text.Length)
            throw new JsonError("the file is empty; a JSON file holds one value");

        // Containers still open: '{' or '['. A value is parsed, then the loop decides what may come next.
        var open = new Stack<byte>();
        while (true)
        {
            SkipBlanks();
            var c = Peek("a value");
            if (c == (byte)'{' || c == (byte)'[')
            {
                _pos++;
                open.Push(c);
                SkipBlanks();
                var close = c == (byte)'{' ? (byte)'}' : (byte)']';
                if (Peek(c == (byte)'{' ? "a property name or '}'" : "a value or ']'") == close)
                {
                    _pos++;
                    open.Pop();
                }
                else
                {
                    if (c == (byte)'{')
                        PropertyName();
                    continue;
                }
            }
            else
            {
                Scalar();
            }

            // After a complete value: close containers or move to the next element.
            while (true)
            {
                SkipBlanks();
                if (open.Count == 0)
                {
                    if (_pos < _text.Length)
                        throw new JsonError("unexpected text after the JSON value");
                    return;
                }

                var container = open.Peek();
                var close = container == (byte)'{' ? (byte)'}' : (byte)']';
                var next = Peek("',' or '" + (char)close + "'");
                if (next == close)
                {
                    _pos++;
                    open.Pop();
                    continue;
                }

                if (next != (byte)',')
                    throw new JsonError($"expected ',' or '{(char)close}' but found '{(char)next}'");
                _pos++;
                SkipBlanks();
                if (Peek("a value") == close)
                    continue; // trailing comma, allowed like .NET configuration does
                if (container == (byte)'{')
                    PropertyName();
                break;
            }
        }
    }

    private void PropertyName()
    {
        SkipBlanks();
        if (Peek("a property name") != (byte)'"')
            throw new JsonError($"expected a property name in double quotes but found '{(char)_text[_pos]}'");
        String();
        SkipBlanks();
        if (Peek("':'") != (byte)':')
            throw new JsonError($"expected ':' after the property name but found '{(char)_text[_pos]}'");
        _pos++;
    }

    private void Scalar()
    {
        var c = _text[_pos];
        if (c == (byte)'"')
            String();
        else if (c == (byte)'-' || (uint)(c - '0') <= 9)
            Number();
        else if (!Literal("true") && !Literal("false") && !Literal("null"))
            throw new JsonError($"unexpected '{(char)c}'; expected a value (string, number, object, array, true, false or null)");
    }

    private bool Literal(string word)
    {
        if (_pos + word.Length > _text.Length)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (_text[_pos + i] != word[i])
                return false;
        }

        _pos += word.Length;
        return true;
    }

    private void String()
    {
        _pos++;
        while (true)
        {
            var c = Peek("the closing '\"'");
            if (c == (byte)'"')
            {
                _pos++;
                return;
            }

            if (c < 0x20)
                throw new JsonError("control character in a string; escape it (\\n, \\t, \\u00XX)");
            if (c == (byte)'\\')
            {
                _pos++;
                var e = Peek("an escape character");
                if (e == (byte)'u')
                {
                    for (var i = 1; i <= 4; i++)
                    {
                        if (_pos + i >= _text.Length || !IsHex(_text[_pos + i]))
                            throw new JsonError("\\u needs four hex digits");
                    }

                    _pos += 4;
                }
                else if ("\"\\/bfnrt".IndexOf((char)e) < 0)
                {
                    throw new JsonError($"invalid escape '\\{(char)e}'");
                }
            }

            _pos++;
        }
    }

    private void Number()
    {
        if (_text[_pos] == (byte)'-')
            _pos++;
        if (Peek("a digit") == (byte)'0')
            _pos++;
        else
            Digits();
        if (_pos < _text.Length && _text[_pos] == (byte)'.')
        {
            _pos++;
            Digits();
        }

        if (_pos < _text.Length && (_text[_pos] | 0x20) == (byte)'e')
        {
            _pos++;
            if (_pos < _text.Length && (_text[_pos] == (byte)'+' || _text[_pos] == (byte)'-'))
                _pos++;
            Digits();
        }
    }

    private void Digits()
    {
        var start = _pos;
        while (_pos < _text.Length && (uint)(_text[_pos] - '0') <= 9)
            _pos++;
        if (_pos == start)
            throw new JsonError("expected a digit");
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == (byte)' ' || c == (byte)'\t' || c == (byte)'\n' || c == (byte)'\r')
            {
                _pos++;
            }
            else if (c == (byte)'/' && _pos + 1 < _text.Length && _text[_pos + 1] == (byte)'/')
            {
                var end = _text.Slice(_pos).IndexOf((byte)'\n');
                _pos = end < 0 ? _text.Length : _pos + end;
            }
            else if (c == (byte)'/' && _pos + 1 < _text.Length && _text[_pos + 1] == (byte)'*')
            {
                var end = _text.Slice(_pos + 2).IndexOf(CommentEnd);
                if (end < 0)
                    throw new JsonError("unterminated /* comment");
                _pos += end + 4;
            }
            else
            {
                return;
            }
        }
    }

    private static readonly byte[] CommentEnd = { (byte)'*', (byte)'/' };

    private byte Peek(string expected)
    {
        if (_pos >= _text.Length)
            throw new JsonError("unexpected end of file; expected " + expected);
        return _text[_pos];
    }

    private static bool IsHex(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 5;

    private sealed class JsonError : Exception
    {
        public JsonError(string message)
            : base(message)
        {
        }
    }
}
