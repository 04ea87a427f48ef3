using System.Text;
using EmilySovereign.Generators.Flags;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>A flag's description in <c>///</c> comments: escaped, and split at every line break C# knows.</summary>
public sealed class XmlDocTests
{
    [Fact]
    public void Every_line_break_starts_a_new_comment_line_and_markup_is_escaped()
    {
        var code = new StringBuilder();

        XmlDoc.Append(code, "  ", "summary", "a\r\nb\rc\nd\u0085e\u2028f\u2029g & <x> 😀\tend\r");

        Assert.Equal(
            """
              /// <summary>
              /// a
              /// b
              /// c
              /// d
              /// e
              /// f
              /// g &amp; &lt;x&gt; 😀	end
              ///
              /// </summary>

            """.ReplaceLineEndings(),
            code.ToString().ReplaceLineEndings());
    }

    [Theory]
    [InlineData("\u0001\u001F\u007F", "\uFFFD\uFFFD\uFFFD")]
    [InlineData("\t ~", "\t ~")]
    public void Characters_that_cannot_stand_in_a_comment_become_the_replacement_character(string text, string expected) =>
        AssertOneRemarksLine(text, expected);

    // Lone surrogates cannot pass through attribute arguments (metadata stores them as U+FFFD), so they are listed here.
    [Fact]
    public void Lone_surrogates_become_the_replacement_character()
    {
        foreach (var (text, expected) in new[] { ("\uD800", "\uFFFD"), ("\uD800x", "\uFFFDx"), ("x\uDC00", "x\uFFFD") })
            AssertOneRemarksLine(text, expected);
    }

    private static void AssertOneRemarksLine(string text, string expected)
    {
        var code = new StringBuilder();
        XmlDoc.Append(code, string.Empty, "remarks", text);
        Assert.Equal($"/// <remarks>\n/// {expected}\n/// </remarks>\n".ReplaceLineEndings(), code.ToString().ReplaceLineEndings());
    }
}
