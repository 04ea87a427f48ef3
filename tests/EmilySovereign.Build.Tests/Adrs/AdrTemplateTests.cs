using EmilySovereign.Build.Adrs;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>The text of a new ADR: the built-in one-line form and a team's own template, with every placeholder.</summary>
public sealed class AdrTemplateTests
{
    private const string DefaultBody =
        "Context: What is the issue that motivates this decision? Which forces are at play?\n" +
        "Decision: What do we do about it?\n" +
        "Consequences: What becomes easier or harder because of this decision?\n";

    [Fact]
    public void The_default_template_has_a_three_digit_number_the_status_the_date_and_the_prompts()
    {
        var text = AdrTemplate.Render(AdrTemplate.Default, 9, "Use HDC fallback", "Proposed", "2026-11-25", null, null);

        Assert.Equal("# ADR 009: Use HDC fallback\n\nStatus: Proposed\nDate: 2026-11-25\n" + DefaultBody, text);
    }

    [Fact]
    public void A_superseded_adr_adds_a_supersedes_line_linking_its_file()
    {
        var text = AdrTemplate.Render(AdrTemplate.Default, 4, "Use Postgres", "Accepted", "2026-11-25", 3, "0003-use-mysql.md");

        Assert.Equal(
            "# ADR 004: Use Postgres\n\nStatus: Accepted\nDate: 2026-11-25\nSupersedes: [ADR 003](0003-use-mysql.md)\n" + DefaultBody,
            text);
    }

    [Theory]
    [InlineData(null, null, "1234|1234|T|T|S|D||")]
    [InlineData(12, "0012-old.md", "1234|1234|T|T|S|D|Supersedes: [ADR 012](0012-old.md)\n|")]
    public void A_custom_template_gets_every_placeholder_replaced_everywhere(int? supersedes, string? file, string expected)
    {
        var text = AdrTemplate.Render("{{number}}|{{number}}|{{title}}|{{title}}|{{status}}|{{date}}|{{supersedes}}|", 1234, "T", "S", "D", supersedes, file);

        Assert.Equal(expected, text);
    }
}
