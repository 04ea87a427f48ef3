using System.Collections.Generic;

namespace EmilySovereign.Json;

/// <summary>Where a piece of JSON text sits: a character offset and length plus 0-based line and column.</summary>
internal readonly struct JsonSpan
{
    public JsonSpan(int start, int length, int line, int column)
    {
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>0-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>0-based column (in characters) of <see cref="Start"/>.</summary>
    public int Column { get; }

    public int End => Start + Length;
}

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value that remembers where it was written, so rule violations point into the file.</summary>
internal abstract class JsonValue
{
    protected JsonValue(JsonKind kind, JsonSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonKind Kind { get; }

    public JsonSpan Span { get; }
}

/// <summary>A property of an object: the key's own span (for "unknown key" messages) and its value.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, JsonSpan nameSpan, JsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public JsonSpan NameSpan { get; }

    public JsonValue Value { get; }
}

/// <summary>An object; properties keep the written order and duplicates (the schema layer rejects those).</summary>
internal sealed class JsonObject : JsonValue
{
    public JsonObject(IReadOnlyList<JsonProperty> properties, JsonSpan span)
        : base(JsonKind.Object, span) => Properties = properties;

    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The value of the last property named <paramref name="name"/> (the one a dictionary would keep), or null.</summary>
    public JsonValue? Get(string name)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
        {
            if (Properties[i].Name == name)
            {
                return Properties[i].Value;
            }
        }

        return null;
    }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(IReadOnlyList<JsonValue> items, JsonSpan span)
        : base(JsonKind.Array, span) => Items = items;

    public IReadOnlyList<JsonValue> Items { get; }
}

internal sealed class JsonString : JsonValue
{
    public JsonString(string value, JsonSpan span)
        : base(JsonKind.String, span) => Value = value;

    public string Value { get; }
}

/// <summary>Numbers, booleans and null: kept as their source text, since the layer file never needs their value.</summary>
internal sealed class JsonLiteral : JsonValue
{
    public JsonLiteral(JsonKind kind, string text, JsonSpan span)
        : base(kind, span) => Text = text;

    public string Text { get; }
}

/// <summary>Why the text is not JSON, and where.</summary>
internal sealed class JsonSyntaxError
{
    public JsonSyntaxError(string message, JsonSpan span)
        : this(message, span, span.Start)
    {
    }

    public JsonSyntaxError(string message, JsonSpan span, int offset)
    {
        Message = message;
        Span = span;
        Offset = offset;
    }

    public string Message { get; }

    /// <summary>What to underline.</summary>
    public JsonSpan Span { get; }

    /// <summary>Where reading stopped, as a grammar-only checker reports it; the start of <see cref="Span"/> unless the blame lies earlier.</summary>
    public int Offset { get; }
}
