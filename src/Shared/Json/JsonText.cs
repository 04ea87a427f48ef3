using System.Text;

namespace EmilySovereign.Json;

/// <summary>
/// The text the reader walks, as code units: UTF-16 chars of a string or UTF-8 bytes of a file. Every JSON token
/// outside strings is ASCII, so one grammar serves both; a struct type argument lets the JIT compile it once per
/// source, without a virtual call per character.
/// </summary>
internal interface IJsonText
{
    int Length { get; }

    /// <summary>The code unit at <paramref name="index"/>.</summary>
    int this[int index] { get; }

    /// <summary>The characters of the code units in [start, start + length).</summary>
    string Slice(int start, int length);

    /// <summary>The whole character starting at <paramref name="index"/>, for error messages.</summary>
    string CharacterAt(int index);

    /// <summary>How many code units the byte order mark at the start takes (0 when there is none).</summary>
    int ByteOrderMarkLength { get; }
}

internal readonly struct StringText : IJsonText
{
    private readonly string _text;

    public StringText(string text) => _text = text;

    public int Length => _text.Length;

    public int this[int index] => _text[index];

    public string Slice(int start, int length) => _text.Substring(start, length);

    public string CharacterAt(int index) =>
        char.IsHighSurrogate(_text[index]) && index + 1 < _text.Length ? _text.Substring(index, 2) : _text[index].ToString();

    public int ByteOrderMarkLength => _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
}

internal readonly struct Utf8Text : IJsonText
{
    private readonly byte[] _bytes;

    public Utf8Text(byte[] bytes) => _bytes = bytes;

    public int Length => _bytes.Length;

    public int this[int index] => _bytes[index];

    public string Slice(int start, int length) => Encoding.UTF8.GetString(_bytes, start, length);

    public string CharacterAt(int index)
    {
        var lead = _bytes[index];
        var length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return Slice(index, System.Math.Min(length, _bytes.Length - index));
    }

    public int ByteOrderMarkLength =>
        _bytes.Length >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF ? 3 : 0;
}
