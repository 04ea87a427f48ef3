using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EmilySovereign.Analyzers.Tests.Common;

/// <summary>
/// The place an ADR or baseline file's problem is shown: its line and column as the parser counted them, clamped into
/// the text, with the byte order mark the parsers drop counted back on the first line only.
/// </summary>
public class FileLocationTests
{
    private const string Text = "first line\nsecond\n";

    [Theory]
    [InlineData(1, 1, 5, "first")]
    [InlineData(1, 7, -1, "line")]
    [InlineData(2, 1, -1, "second")]
    [InlineData(2, 4, 100, "ond")]
    [InlineData(2, 100, 3, "")]
    [InlineData(0, 1, 5, "first")]
    [InlineData(9, 1, -1, "")]
    public void A_line_and_column_select_the_characters_the_parser_meant_within_the_text(int line, int column, int length, string expected)
    {
        var text = SourceText.From(Text);
        var location = FileLocation.Of("/repo/docs/adr/0001-x.md", text, line, column, length);

        Assert.Equal(expected, text.ToString(location.SourceSpan));
        Assert.Equal("/repo/docs/adr/0001-x.md", location.GetLineSpan().Path);
    }

    [Fact]
    public void A_byte_order_mark_moves_the_first_line_only()
    {
        var text = SourceText.From("\uFEFF" + Text);

        Assert.Equal("first", text.ToString(FileLocation.Of("f", text, 1, 1, 5).SourceSpan));
        Assert.Equal("second", text.ToString(FileLocation.Of("f", text, 2, 1, -1).SourceSpan));
        Assert.Equal(new LinePosition(0, 1), FileLocation.Of("f", text, 1, 1, 5).GetLineSpan().StartLinePosition);
    }
}
