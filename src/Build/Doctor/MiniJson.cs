using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EmilySovereign.Build.Doctor;

/// <summary>
/// Reads the small pin files (global.json, dotnet-tools.json) into dictionaries, lists, strings, numbers and
/// booleans. System.Text.Json is not loadable in every MSBuild host this assembly supports, hence this.
/// Comments and trailing commas are skipped, as the dotnet CLI accepts them in global.json.
/// </summary>
internal sealed class MiniJson
{
    private const int MaximumDepth = 64;
    private readonly string _text;
    private int _pos;

    private MiniJson(string text) => _text = text;

    /// <summary>The value, or a <see cref="FormatException"/> that names the line.</summary>
    public static object? Parse(string text)
    {
        var parser = new MiniJson(text);
        var value = parser.Value(0);
        parser.Blanks();
        if (parser._pos < text.Length)
            throw parser.Error("unexpected text after the value");
        return value;
    }

    public static string? GetString(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not Dictionary<string, object?> map || !map.TryGetValue(key, out node))
                return null;
        }

        return node as string;
    }

    private object? Value(int depth)
    {
        if (depth > MaximumDepth)
            throw Error("nested too deeply");
        Blanks();
        if (_pos >= _text.Length)
            throw Error("unexpected end of file");
        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return String();
            default:
                if (Take("true"))
                    return true;
                if (Take("false"))
                    return false;
                if (Take("null"))
                    return null;
                return Number();
        }
    }

    private Dictionary<string, object?> Object(int depth)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        _pos++;
        while (true)
        {
            Blanks();
            if (Peek() == '}')
            {
                _pos++;
                return map;
            }

            if (Peek() != '"')
                throw Error("expected a property name");
            var key = String();
            Blanks();
            if (Peek() != ':')
                throw Error("expected ':'");
            _pos++;
            map[key] = Value(depth + 1);
            Blanks();
            if (Peek() == ',')
                _pos++;
            else if (Peek() != '}')
                throw Error("expected ',' or '}'");
        }
    }

    private List<object?> Array(int depth)
    {
        var list = new List<object?>();
        _pos++;
        while (true)
        {
            Blanks();
            if (Peek() == ']')
            {
                _pos++;
                return list;
            }

            list.Add(Value(depth + 1));
            Blanks();
            if (Peek() == ',')
                _pos++;
            else if (Peek() != ']')
                throw Error("expected ',' or ']'");
        }
    }

    private string String()
    {
        var builder = new StringBuilder();
        _pos++;
        while (true)
        {
            var c = Peek();
            _pos++;
            if (c == '"')
                return builder.ToString();
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var e = Peek();
            _pos++;
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (_pos + 4 > _text.Length)
                        throw Error("\\u needs four hex digits");
                    builder.Append((char)int.Parse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default: builder.Append(e); break;
            }
        }
    }

    private double Number()
    {
        var start = _pos;
        while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0)
            _pos++;
        if (!double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw Error("expected a value");
        return number;
    }

    private bool Take(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            return false;
        _pos += word.Length;
        return true;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw Error("unexpected end of file");

    private void Blanks()
    {
        while (_pos < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_pos]) || _text[_pos] == '\uFEFF')
                _pos++;
            else if (_text[_pos] == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                _pos = _text.IndexOf('\n', _pos) is var end && end < 0 ? _text.Length : end;
            else if (_text[_pos] == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
                _pos = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal) is var close && close < 0 ? throw Error("unterminated comment") : close + 2;
            else
                return;
        }
    }

    private FormatException Error(string message)
    {
        var line = 1;
        for (var i = 0; i < _pos && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
                line++;
        }

        return new FormatException($"line {line}: {message}");
    }
}
