using System.Linq;
using System.Text;
using CsCheck;
using EmilySovereign.Json;
using static EmilySovereign.Testing.JsonText;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>The hand-written JSON reader: spans that cut out exactly the value's text, and no exception on any prefix.</summary>
public sealed class JsonReaderTests
{
    // Random JSON text with random whitespace (including line breaks) between tokens.
    private static readonly Gen<string> Space = OneOf("", " ", "\n", "\r\n  ", "\t");
    private static readonly Gen<string> Strings = Gen.String[Gen.Char["a\"\\/é\u0001 z"], 0, 6].Select(Quote);
    private static readonly Gen<string> Scalars = Gen.OneOf(
        Strings,
        OneOf("true", "false", "null", "0", "-12", "3.5e+2", "1E-3"));

    private static readonly Gen<string> Values = Gen.Recursive<string>((depth, values) => depth >= 3
        ? Scalars
        : Gen.OneOf(
            Scalars,
            Gen.Select(values, Space).Array[0, 4].Select(items => "[" + string.Join(",", items.Select(i => i.Item2 + i.Item1)) + "]"),
            Gen.Select(Strings, values, Space).Array[0, 4].Select(members => "{" + string.Join(",", members.Select(m => m.Item3 + m.Item1 + ":" + m.Item2)) + "}")));

    [Fact]
    public void Every_value_span_covers_exactly_its_text_and_its_line_and_column()
    {
        Gen.Select(Values, Space, Space).Sample((value, before, after) =>
        {
            var text = before + value + after;
            var error = JsonReader.TryRead(text, out var root);
            Assert.Null(error);
            foreach (var node in Walk(root!))
            {
                var lineStart = text.LastIndexOf('\n', System.Math.Max(node.Span.Start - 1, 0)) + 1;
                if (node.Span.Start == 0)
                {
                    lineStart = 0;
                }

                Assert.Equal(text.Substring(0, node.Span.Start).Count(c => c == '\n'), node.Span.Line);
                Assert.Equal(node.Span.Start - lineStart, node.Span.Column);
            }

            Assert.Equal(value, text.Substring(root!.Span.Start, root.Span.Length));
        }, iter: 300);
    }

    [Fact]
    public void Any_prefix_is_read_without_throwing_and_errors_point_inside_the_text()
    {
        Values.Sample(value =>
        {
            for (var length = 0; length < value.Length; length++)
            {
                var error = JsonReader.TryRead(value.Substring(0, length), out _);
                if (error is not null)
                {
                    Assert.InRange(error.Span.Start, 0, length);
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Strings_are_unescaped()
    {
        Assert.Null(JsonReader.TryRead("\"a\\n\\u0041\\\"\"", out var value));
        Assert.Equal("a\nA\"", ((JsonString)value!).Value);
    }

    private static System.Collections.Generic.IEnumerable<JsonValue> Walk(JsonValue value)
    {
        yield return value;
        var children = value switch
        {
            JsonArray array => array.Items,
            JsonObject obj => obj.Properties.Select(p => p.Value).ToList(),
            _ => (System.Collections.Generic.IReadOnlyList<JsonValue>)System.Array.Empty<JsonValue>(),
        };
        foreach (var child in children.SelectMany(Walk))
        {
            yield return child;
        }
    }

    private static Gen<string> OneOf(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
}
