using EmilySovereign.Build.Observability;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>Quoting for YAML and JSON alike: each escaped character class at and beside its edges.</summary>
public sealed class QuotedTextTests
{
    [Theory]
    [InlineData("plain ~", "\"plain ~\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    public void Quote_escapes_quotes_and_backslashes(string text, string expected) =>
        Assert.Equal(expected, QuotedText.Quote(text));

    // Facts, not theory rows: control characters and lone surrogates do not survive as a theory's arguments or names.
    [Fact]
    public void Control_and_line_break_characters_become_escapes_and_their_neighbours_stay()
    {
        Assert.Equal("\"\\u0000\\u001F \u007E\\u007F\u0080\u0084\\u0085\u0086\"", QuotedText.Quote("\u0000\u001F \u007E\u007F\u0080\u0084\u0085\u0086"));
        Assert.Equal("\"\u2027\\u2028\\u2029\u202A\"", QuotedText.Quote("\u2027\u2028\u2029\u202A"));
    }

    [Fact]
    public void A_surrogate_pair_stays_and_a_lone_surrogate_becomes_the_replacement_character()
    {
        const char high = '\uD83D', low = '\uDE00';
        Assert.Equal("\"x" + high + low + "y\"", QuotedText.Quote("x" + high + low + "y"));
        Assert.Equal("\"x\\uFFFD\"", QuotedText.Quote("x" + high));
        Assert.Equal("\"\\uFFFDx\"", QuotedText.Quote(high + "x"));
        Assert.Equal("\"\\uFFFDx\"", QuotedText.Quote(low + "x"));
    }
}
