using System.Linq;
using System.Text;
using CsCheck;
using EmilySovereign.Adrs;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>The parser never throws, and every problem points inside the text it was given.</summary>
public sealed class AdrParserPropertyTests
{
    // Lines built from the pieces ADRs are made of, so random input reaches the parser's deeper branches.
    private static readonly Gen<string> AdrLikeText = Gen.OneOf<string>(
            "# ", "## Status", "---", "```", "Status: ", "status: ", "Date: ", "Superseded by ", "Supersedes ",
            "[7. T](0007-t.md)", "ADR 0", "accepted", "Superseded", "2026-01-12", "\r\n", "\n", "\r", "\uFEFF", "*", ":", " ",
            "9999999999", "](", "#", "\u2028")
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Random_strings_never_throw() =>
        Gen.String.Sample(text => Check(text), iter: 5_000);

    [Fact]
    public void Random_bytes_decoded_as_utf8_never_throw() =>
        Gen.Byte.Array[0, 400].Sample(bytes => Check(Encoding.UTF8.GetString(bytes)), iter: 5_000);

    [Fact]
    public void Adr_like_text_never_throws_and_problems_point_inside_it() =>
        AdrLikeText.Sample(text => Check(text), iter: 10_000);

    private static void Check(string text)
    {
        var adr = AdrParser.Parse("docs/adr/0001-random.md", text);
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var lines = AdrText.SplitLines(body);
        Assert.All(adr.Problems, p =>
        {
            Assert.InRange(p.Line, 1, lines.Count);
            Assert.InRange(p.Column, 1, lines[p.Line - 1].Length + 1);
            Assert.True(p.Length >= 0);
        });
        Assert.Equal(adr.IsValid, adr.Title is not null && adr.Status is not null);
        Assert.True(adr.Problems.Count > 0 || adr.IsValid);
        Assert.True(adr.StatusLine == 0 || adr.Status is not null);
        _ = adr.Problems.Select(p => p.ToString()).ToList();
    }
}
