using System.Collections.Generic;

namespace EmilySovereign.Json;

/// <summary>Where a piece of JSON text sits: a character offset and length plus 0-based line and column.</summary>
/// <param name="Line">0-based line of <see cref="Start"/>.</param>
/// <param name="Column">0-based column (in characters) of <see cref="Start"/>.</param>
internal readonly record struct JsonSpan(int Start, int Length, int Line, int Column)
{
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
internal abstract record JsonValue(JsonKind Kind, JsonSpan Span);

/// <summary>A property of an object: the key's own span (for "unknown key" messages) and its value.</summary>
internal sealed record JsonProperty(string Name, JsonSpan NameSpan, JsonValue Value);

/// <summary>An object; properties keep the written order and duplicates (the schema layer rejects those).</summary>
internal sealed record JsonObject(IReadOnlyList<JsonProperty> Properties, JsonSpan Span) : JsonValue(JsonKind.Object, Span)
{
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

internal sealed record JsonArray(IReadOnlyList<JsonValue> Items, JsonSpan Span) : JsonValue(JsonKind.Array, Span);

internal sealed record JsonString(string Value, JsonSpan Span) : JsonValue(JsonKind.String, Span);

/// <summary>Numbers, booleans and null: kept as their source text, since the layer file never needs their value.</summary>
internal sealed record JsonLiteral(JsonKind Kind, string Text, JsonSpan Span) : JsonValue(Kind, Span);

/// <summary>Why the text is not JSON, and where.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Span">What to underline.</param>
/// <param name="Offset">Where reading stopped, as a grammar-only checker reports it; the start of <see cref="Span"/> unless the blame lies earlier.</param>
internal sealed record JsonSyntaxError(string Message, JsonSpan Span, int Offset)
{
    public JsonSyntaxError(string message, JsonSpan span)
        : this(message, span, span.Start)
    {
    }
}
