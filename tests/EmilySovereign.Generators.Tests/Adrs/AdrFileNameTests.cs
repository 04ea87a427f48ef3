using EmilySovereign.Adrs;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>The shared ADR file-name rules: which files are ADRs, their numbers, and the name a new ADR gets.</summary>
public sealed class AdrFileNameTests
{
    [Theory]
    [InlineData("docs/adr/0001-a.md", 1)]
    [InlineData("0042-x.MD", 42)]
    [InlineData(@"C:\repo\docs\adr\123456789-nine-digits.md", 123456789)]
    [InlineData("docs/adr/0000-zero.md", 0)]
    [InlineData("docs/adr/0009-.md", 9)]
    public void An_adr_file_name_gives_its_number(string path, int number)
    {
        Assert.True(AdrFileName.TryGetNumber(path, out var read));
        Assert.Equal(number, read);
    }

    [Theory]
    [InlineData("docs/adr/001-three-digits.md")]
    [InlineData("docs/adr/1234567890-ten-digits.md")]
    [InlineData("docs/adr/0001.md")]
    [InlineData("docs/adr/0001_a.md")]
    [InlineData("docs/adr/0001-a.txt")]
    [InlineData("docs/adr/0001")]
    [InlineData("docs/adr/README.md")]
    [InlineData("docs/adr/a0001-x.md")]
    [InlineData("docs/adr/0001-x.md/")]
    public void Other_names_are_not_adr_files(string path)
    {
        Assert.False(AdrFileName.TryGetNumber(path, out var number));
        Assert.Equal(0, number);
    }

    [Theory]
    [InlineData("docs/adr/0001-a.md", null, true)]
    [InlineData(@"repo\DOCS\ADR\0001-a.md", "", true)]
    [InlineData("docs/adr/README.md", null, false)]
    [InlineData("notes/0001-a.md", null, false)]
    [InlineData("notes/0001-a.md", "adr", true)]
    [InlineData("docs/adr/0001-a.md", "Other", false)]
    public void An_input_is_an_adr_when_marked_or_in_docs_adr_and_well_named(string path, string? kind, bool expected) =>
        Assert.Equal(expected, AdrFileName.IsAdrInput(path, kind));

    [Theory]
    [InlineData(9, "Use HDC fallback", "0009-use-hdc-fallback.md")]
    [InlineData(12345, "  Émile's   API: v2! ", "12345-mile-s-api-v2.md")]
    [InlineData(1, "az AZ 09 `{@[/:", "0001-az-az-09.md")]
    [InlineData(1, "!!!", "0001-decision.md")]
    [InlineData(1, "", "0001-decision.md")]
    public void A_new_adr_is_named_from_its_number_and_title(int number, string title, string expected) =>
        Assert.Equal(expected, AdrFileName.For(number, title));

    [Fact]
    public void A_long_title_is_cut_at_sixty_characters_without_a_trailing_dash()
    {
        Assert.Equal("0001-" + new string('a', 60) + ".md", AdrFileName.For(1, new string('a', 61)));
        Assert.Equal("0001-" + new string('a', 59) + ".md", AdrFileName.For(1, new string('a', 59) + " b"));
        Assert.Equal("0001-" + new string('a', 60) + ".md", AdrFileName.For(1, new string('a', 60)));
    }
}
