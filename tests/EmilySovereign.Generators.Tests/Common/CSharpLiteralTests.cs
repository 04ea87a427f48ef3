using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Generators.Tests.Common;

/// <summary>String literals in generated code: whatever a user writes reads back as the same string, on one line.</summary>
public sealed class CSharpLiteralTests
{
    [Fact]
    public void Any_text_reads_back_from_its_literal_unchanged()
    {
        Gen.String[Gen.Char, 0, 40].Sample(text =>
        {
            var literal = CSharpLiteral.String(text);
            var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));
            Assert.Empty(parsed.GetDiagnostics());
            Assert.Equal(text, parsed.Token.ValueText);
            Assert.DoesNotContain('\n', literal);
        });
    }

    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\n\r\t", "\"\\n\\r\\t\"")]
    [InlineData("\u0001\u007F\u0085\u2028\u2029", "\"\\u0001\\u007F\\u0085\\u2028\\u2029\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("é ~", "\"é ~\"")]
    public void Escapes_only_what_a_literal_cannot_hold(string text, string expected) =>
        Assert.Equal(expected, CSharpLiteral.String(text));

    // Lone surrogates cannot pass through attribute arguments (metadata stores them as U+FFFD), so they are listed here.
    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept()
    {
        Assert.Equal("\"\\uD800\"", CSharpLiteral.String("\uD800"));
        Assert.Equal("\"\\uD800x\"", CSharpLiteral.String("\uD800x"));
        Assert.Equal("\"\\uDC00\\uD83D\"", CSharpLiteral.String("\uDC00\uD83D"));
    }
}
