using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using EmilySovereign.Json;
using static EmilySovereign.Testing.JsonText;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// The validating entry point of the shared JSON reader, as the pre-commit check (ES6008) runs it on UTF-8 bytes:
/// it agrees with the reader on strings, byte for byte, and takes what .NET configuration files take.
/// </summary>
public sealed class ES6008JsonValidatorTests
{
    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Const("true"), Gen.Const("false"), Gen.Const("null"),
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char["aZ09é€\\\"\u0001"], 0, 8].Select(Quote),
        Gen.Const("\"\U0001F600\""));

    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth > 3
        ? Scalar
        : Gen.OneOf(
            Scalar,
            value.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]"),
            Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 6], value).Array[0, 4]
                .Select(props => "{" + string.Join(",\n", props.Select(p => "\"" + p.Item1 + "\": " + p.Item2)) + "}")));

    [Fact]
    public void Every_generated_document_is_valid() =>
        Value.Sample(json => Assert.Null(JsonReader.Validate(Encoding.UTF8.GetBytes(json), JsonReaderOptions.None)));

    [Fact]
    public void Every_truncated_object_is_invalid() =>
        Value.Where(json => json.StartsWith('{') && json.Length > 2).Sample(json =>
            Assert.NotNull(JsonReader.Validate(Encoding.UTF8.GetBytes(json[..^1]), JsonReaderOptions.None)));

    [Fact]
    public void On_any_prefix_bytes_and_string_stop_at_the_same_character() =>
        Value.Sample(json =>
        {
            for (var length = 0; length <= json.Length; length++)
            {
                if (length > 0 && char.IsHighSurrogate(json[length - 1]))
                    continue;
                var text = json[..length];
                var onBytes = JsonReader.Validate(Encoding.UTF8.GetBytes(text), JsonReaderOptions.Lenient);
                var onString = JsonReader.TryRead(text, JsonReaderOptions.Lenient, out _);
                Assert.Equal(onString?.Message, onBytes?.Message);
                if (onString is not null)
                    Assert.Equal(Encoding.UTF8.GetByteCount(text[..onString.Offset]), onBytes!.Offset);
            }
        }, iter: 200);

    [Theory]
    [InlineData("{ // note\n \"a\": 1 }")]
    [InlineData("/* head */ [1, /* in\nbetween */ 2]")]
    [InlineData("{ \"a\": [1, 2,], }")]
    public void CommentsAndTrailingCommas_PassOnlyWhenAllowed(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Null(JsonReader.Validate(bytes, JsonReaderOptions.Lenient));
        Assert.NotNull(JsonReader.Validate(bytes, JsonReaderOptions.None));
    }

    [Theory]
    [InlineData("[1] /* open", 4, "Unterminated /* comment")]
    [InlineData("[1, / 2]", 4, "Unexpected character '/'; expected a value or a comment")]
    [InlineData("[,]", 1, "Unexpected character ','; expected a value")]
    [InlineData("{\"a\": 1,,}", 8, "Expected a property name in double quotes")]
    public void BrokenCommentsAndCommas_FailEvenWhenLenient(string json, int offset, string message)
    {
        var error = JsonReader.Validate(Encoding.UTF8.GetBytes(json), JsonReaderOptions.Lenient);

        Assert.Equal((offset, message), (error!.Offset, error.Message));
    }

    [Fact]
    public void Hostile_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Assert.Equal("The JSON is nested too deeply", JsonReader.Validate(Encoding.UTF8.GetBytes(deep), JsonReaderOptions.Lenient)!.Message);
        Assert.Null(JsonReader.Validate(Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200)), JsonReaderOptions.None));
    }
}
