using EmilySovereign.Adrs;
using EmilySovereign.Build.Adrs;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// Marking an ADR superseded: only the status value changes, in the form the file uses (one line, MADR bullet, front
/// matter, adr-tools section), keeping emphasis and every line ending; null when there is no status line to edit.
/// </summary>
public sealed class AdrStatusEditorTests
{
    private const string Path = "docs/adr/0003-old.md";
    private const string Successor = "0009-use-postgres.md";

    [Theory]
    [InlineData(
        "# ADR 3: Old\n\nStatus: Accepted\nDate: 2025-01-01\n",
        "# ADR 3: Old\n\nStatus: Superseded by [ADR 009](0009-use-postgres.md)\nDate: 2025-01-01\n")]
    [InlineData(
        "# ADR 3: Old\r\n\r\nStatus: **Accepted**\r\nContext: Status: stays.\r\n",
        "# ADR 3: Old\r\n\r\nStatus: **Superseded by [ADR 009](0009-use-postgres.md)**\r\nContext: Status: stays.\r\n")]
    [InlineData(
        "# ADR 3: Old\r\rStatus: _Accepted_  \r",
        "# ADR 3: Old\r\rStatus: _Superseded by [ADR 009](0009-use-postgres.md)_  \r")]
    [InlineData(
        "\nStatus: Accepted  \n# ADR 3: Old\n",
        "\nStatus: Superseded by [ADR 009](0009-use-postgres.md)\n# ADR 3: Old\n")]
    [InlineData(
        "# ADR 3: Old\n\nStatus: Proposed",
        "# ADR 3: Old\n\nStatus: Superseded by [ADR 009](0009-use-postgres.md)")]
    [InlineData(
        "# Old\n\n* Status: accepted\n* Date: 2025-01-01\n",
        "# Old\n\n* Status: Superseded by [ADR 009](0009-use-postgres.md)\n* Date: 2025-01-01\n")]
    [InlineData(
        "---\nstatus: accepted\ndate: 2025-01-01\n---\n# Old\n",
        "---\nstatus: superseded by [ADR-0009](0009-use-postgres.md)\ndate: 2025-01-01\n---\n# Old\n")]
    [InlineData(
        "# 3. Old\n\n## Status\n\nAccepted\n\n## Context\n\nAccepted.\n",
        "# 3. Old\n\n## Status\n\nSuperseded by [9. Use Postgres](0009-use-postgres.md)\n\n## Context\n\nAccepted.\n")]
    [InlineData(
        "# 3. Old\r\n\r\n## Status\r\n\r\n- **Accepted** \r\n",
        "# 3. Old\r\n\r\n## Status\r\n\r\n- **Superseded by [9. Use Postgres](0009-use-postgres.md)** \r\n")]
    public void Only_the_status_value_is_rewritten_in_the_form_the_file_uses(string text, string expected)
    {
        Assert.Equal(expected, AdrStatusEditor.MarkSuperseded(text, AdrParser.Parse(Path, text), 9, "Use Postgres", Successor));
    }

    [Theory]
    [InlineData("Status: Accepted\n", "Status: Superseded by [ADR 12345](0009-use-postgres.md)\n")]
    [InlineData("---\nstatus: accepted\n---\n", "---\nstatus: superseded by [ADR-12345](0009-use-postgres.md)\n---\n")]
    [InlineData("## Status\n\nAccepted\n", "## Status\n\nSuperseded by [12345. Use Postgres](0009-use-postgres.md)\n")]
    public void Numbers_wider_than_the_padding_are_written_whole(string text, string expected)
    {
        Assert.Equal(expected, AdrStatusEditor.MarkSuperseded(text, AdrParser.Parse(Path, text), 12345, "Use Postgres", Successor));
    }

    [Fact]
    public void An_adr_without_a_status_has_nothing_to_edit()
    {
        const string Text = "# ADR 3: Old\n\nContext: none.\n";

        Assert.Null(AdrStatusEditor.MarkSuperseded(Text, AdrParser.Parse(Path, Text), 9, "Use Postgres", Successor));
    }

    [Theory]
    [InlineData(nameof(AdrStatusForm.Line), 4, "# ADR 3: Old\nStatus: Accepted\n")]
    [InlineData(nameof(AdrStatusForm.Line), 3, "# ADR 3: Old\nStatus: Accepted\n")]
    [InlineData(nameof(AdrStatusForm.Line), 1, "Accepted\n")]
    [InlineData(nameof(AdrStatusForm.FrontMatter), 1, "accepted\n")]
    [InlineData(nameof(AdrStatusForm.None), 1, "Status: Accepted\n")]
    public void A_status_line_that_is_not_where_or_what_the_document_says_is_not_edited(string form, int line, string text)
    {
        var document = new AdrDocument(Path) { StatusForm = System.Enum.Parse<AdrStatusForm>(form), StatusLine = line };

        Assert.Null(AdrStatusEditor.MarkSuperseded(text, document, 9, "Use Postgres", Successor));
    }

    [Fact]
    public void A_status_line_after_a_final_carriage_return_is_the_empty_last_line()
    {
        var document = new AdrDocument(Path) { StatusForm = AdrStatusForm.Section, StatusLine = 2 };

        Assert.Equal("a\rSuperseded by [9. Use Postgres](0009-use-postgres.md)", AdrStatusEditor.MarkSuperseded("a\r", document, 9, "Use Postgres", Successor));
    }
}
