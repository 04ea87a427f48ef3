using System.Linq;
using System.Text;
using EmilySovereign.Json;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// Each error of the shared JSON reader with its exact message and place (line, column, length, offset), read from text
/// and from UTF-8 bytes: both must agree, except that byte offsets count a byte order mark's three bytes (the table
/// then lists both). Also the line count across every kind of line break in whitespace and comments, the nesting
/// limit and the spans of empty containers.
/// </summary>
public sealed class ES6008JsonErrorTests
{
    // A table in one fact, not theory rows: several inputs hold control characters, which do not survive as a theory's
    // arguments or display names.
    private static readonly (string Json, string Error)[] Cases =
    {
        ("\"abc", "Unterminated string @0:4+0 offset 4"),
        ("\"ab\\", "Unterminated string @0:4+0 offset 4"),
        ("\"a\nb\"", "Unterminated string @0:2+1 offset 2"),
        ("\"a\rb\"", "Unterminated string @0:2+1 offset 2"),
        ("\"a\u0001b\"", "Control characters must be escaped in strings @0:2+1 offset 2"),
        ("\"a\u001Fb\"", "Control characters must be escaped in strings @0:2+1 offset 2"),
        ("\"\\x\"", "Invalid escape '\\x' @0:2+1 offset 2"),
        ("\"\\\u0001\"", "Invalid escape '\\\\u0001' @0:2+1 offset 2"),
        ("\"\\u12G4\"", "Invalid \\u escape; expected four hex digits @0:2+1 offset 2"),
        ("\"\\u12\"", "Invalid \\u escape; expected four hex digits @0:2+1 offset 2"),
        ("\"\\u00", "Invalid \\u escape; expected four hex digits @0:2+1 offset 2"),
        ("-", "Invalid number; expected a digit @0:1+0 offset 1"),
        ("-a", "Invalid number; expected a digit @0:1+1 offset 1"),
        ("01", "Numbers must not have leading zeros @0:0+1 offset 1"),
        ("-01", "Numbers must not have leading zeros @0:1+1 offset 2"),
        ("1.", "Invalid number; expected a digit after '.' @0:2+0 offset 2"),
        ("1.e5", "Invalid number; expected a digit after '.' @0:2+1 offset 2"),
        ("1e", "Invalid number; expected a digit in the exponent @0:2+0 offset 2"),
        ("1e+", "Invalid number; expected a digit in the exponent @0:3+0 offset 3"),
        ("1E-x", "Invalid number; expected a digit in the exponent @0:3+1 offset 3"),
        ("tru", "Unexpected character 't'; expected a value @0:0+1 offset 0"),
        ("nul\u0001", "Unexpected character 'n'; expected a value @0:0+1 offset 0"),
        ("x", "Unexpected character 'x'; expected a value @0:0+1 offset 0"),
        ("[1] /* open", "Unterminated /* comment @0:4+2 offset 4"),
        ("[1, / 2]", "Unexpected character '/'; expected a value or a comment @0:4+1 offset 4"),
        ("/", "Unexpected character '/'; expected a value or a comment @0:0+1 offset 0"),
        ("// c\r\n[1, x]", "Unexpected character 'x'; expected a value @1:4+1 offset 10"),
        ("// c\r[x]", "Unexpected character 'x'; expected a value @1:1+1 offset 6"),
        ("/* a\r\nb\rc\nd */ [x]", "Unexpected character 'x'; expected a value @3:6+1 offset 16"),
        ("[1,\r2,\r\n3,\nx]", "Unexpected character 'x'; expected a value @3:0+1 offset 11"),
        ("/* a **/ x", "Unexpected character 'x'; expected a value @0:9+1 offset 9"),
        ("/* a * / */ x", "Unexpected character 'x'; expected a value @0:12+1 offset 12"),
        ("/* a *", "Unterminated /* comment @0:0+2 offset 0"),
        ("[1", "Unexpected end of file; expected ',' or ']' @0:2+0 offset 2"),
        ("{\"a\" 1}", "Expected ':' after the property name @0:5+1 offset 5"),
        ("{\"a\":1", "Unexpected end of file; expected ',' or '}' @0:6+0 offset 6"),
        ("{\"a\":1,", "Unexpected end of file; expected a property name @0:7+0 offset 7"),
        ("[1 2]", "Expected ',' or ']' @0:3+1 offset 3"),
        ("{1:2}", "Expected a property name in double quotes @0:1+1 offset 1"),
        ("[1]]", "Unexpected text after the end of the JSON document @0:3+1 offset 3"),
        ("", "The file is empty; expected a JSON object @0:0+0 offset 0"),
        ("[", "Unexpected end of file; expected a value @0:1+0 offset 1"),
        ("{", "Unexpected end of file; expected a property name @0:1+0 offset 1"),
        ("{\"a\":1 2}", "Expected ',' or '}' @0:7+1 offset 7"),
        ("{ }", "ok"),
        ("[\t]", "ok"),
        ("{ \"a\" :\r\n [ 1 , { } ] }", "ok"),
        ("\uFEFF[x]", "Unexpected character 'x'; expected a value @0:1+1 offset 2 | bytes: Unexpected character 'x'; expected a value @0:1+1 offset 4"),
        ("\uFEFF", "The file is empty; expected a JSON object @0:0+0 offset 1 | bytes: The file is empty; expected a JSON object @0:0+0 offset 3"),
        ("[1, \u00E9]", "Unexpected character 'é'; expected a value @0:4+1 offset 4"),
        ("[1, \u20AC]", "Unexpected character '€'; expected a value @0:4+1 offset 4"),
        ("[1, \U0001F600]", "Unexpected character '😀'; expected a value @0:4+1 offset 4"),
    };

    [Fact]
    public void Every_error_has_its_message_and_place_in_text_and_in_bytes() =>
        Assert.Equal(Cases.Select(c => c.Json + " -> " + c.Error), Cases.Select(c => c.Json + " -> " + Describe(c.Json)));

    [Fact]
    public void Escapes_are_decoded_with_hex_digits_of_either_case()
    {
        Assert.Null(JsonReader.TryRead("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\u09aF\\uFA0f\\u0039\"", out var value));
        Assert.Equal("\"\\/\b\f\n\r\t\u0000\u09AF\uFA0F9", ((JsonString)value!).Value);
    }

    [Fact]
    public void Strict_reading_names_the_trailing_comma() =>
        Assert.Equal(
            new[] { "Trailing comma before ']' @0:3+1 offset 3", "Trailing comma before '}' @0:7+1 offset 7" },
            new[] { Describe("[1,]", JsonReaderOptions.None), Describe("{\"a\":1,}", JsonReaderOptions.None) });

    [Fact]
    public void Nesting_is_allowed_to_its_limit_in_arrays_and_objects()
    {
        Assert.Equal("ok", Describe(Nested(MaxDepth)));
        Assert.Equal($"The JSON is nested too deeply @0:{MaxDepth}+1 offset {MaxDepth}", Describe(Nested(MaxDepth + 1)));
        Assert.Equal("ok", Describe(NestedObjects(MaxDepth)));
        Assert.Equal($"The JSON is nested too deeply @0:{6 * MaxDepth}+1 offset {6 * MaxDepth}", Describe(NestedObjects(MaxDepth + 1)));

        static string Nested(int depth) => new string('[', depth) + new string(']', depth);

        static string NestedObjects(int depth) => string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth);
    }

    [Fact]
    public void Empty_containers_are_read_with_their_spans()
    {
        Assert.Null(JsonReader.TryRead(" { } ", out var emptyObject));
        Assert.Equal((0, new JsonSpan(1, 3, 0, 1)), (((JsonObject)emptyObject!).Properties.Count, emptyObject.Span));
        Assert.Null(JsonReader.TryRead("[ ]", out var emptyArray));
        Assert.Equal((0, new JsonSpan(0, 3, 0, 0)), (((JsonArray)emptyArray!).Items.Count, emptyArray.Span));
        Assert.Null(JsonReader.TryRead("{\"a\": {}, \"b\": []}", out var nested));
        Assert.Equal(new JsonSpan(6, 2, 0, 6), ((JsonObject)nested!).Properties[0].Value.Span);
    }

    // The reader's limit, which deeper documents reach as an error instead of a stack overflow.
    private const int MaxDepth = 256;

    private static string Describe(string json) => Describe(json, JsonReaderOptions.Lenient);

    private static string Describe(string json, JsonReaderOptions options)
    {
        var onText = JsonReader.TryRead(json, options, out _);
        var onBytes = JsonReader.Validate(Encoding.UTF8.GetBytes(json), options);
        var text = onText is null ? "ok" : $"{onText.Message} @{onText.Span.Line}:{onText.Span.Column}+{onText.Span.Length} offset {onText.Offset}";
        var bytes = onBytes is null ? "ok" : $"{onBytes.Message} @{onBytes.Span.Line}:{onBytes.Span.Column}+{onBytes.Span.Length} offset {onBytes.Offset}";
        return text == bytes ? text : text + " | bytes: " + bytes;
    }
}
