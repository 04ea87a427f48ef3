using System.Linq;
using EmilySovereign.Adrs;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>Real-world ADR shapes and what the shared parser must read from each.</summary>
public sealed class AdrParserCorpusTests
{
    [Fact]
    public void Seed_one_line_form()
    {
        var adr = AdrParser.Parse("docs/adr/0001-adopt-triune-architecture.md", """
            # ADR 001: Adopt Triune Architecture

            Status: Accepted
            Date: 2026-11-25
            Context: The monolith broke.
            Decision: Three layers.
            """);

        AssertAdr(adr, 1, "Adopt Triune Architecture", AdrStatusKind.Accepted, "2026-11-25", null);
        Assert.Equal(AdrStatusForm.Line, adr.StatusForm);
        Assert.Equal(3, adr.StatusLine);
        Assert.Empty(adr.Problems);
    }

    [Fact]
    public void Adr_tools_output_with_supersedes_link()
    {
        var adr = AdrParser.Parse("doc/adr/0007-use-postgres.md", """
            # 7. Use Postgres

            Date: 2026-01-12

            ## Status

            Accepted

            Supersedes [3. Use MySQL](0003-use-mysql.md)

            ## Context

            We need a database.
            """);

        AssertAdr(adr, 7, "Use Postgres", AdrStatusKind.Accepted, "2026-01-12", null);
        Assert.Equal(new[] { 3 }, adr.Supersedes);
        Assert.Equal(AdrStatusForm.Section, adr.StatusForm);
        Assert.Equal(7, adr.StatusLine);
        Assert.Empty(adr.Problems);
    }

    [Theory]
    // adr-tools, superseded; MADR 2 bullets; MADR 4 front matter, superseded; a byte order mark, not part of the title;
    // headings and a status inside a code fence, not read
    [InlineData("0003-use-mysql.md",
        "# 3. Use MySQL\n\nDate: 2025-02-01\n\n## Status\n\nSuperseded by [7. Use Postgres](0007-use-postgres.md)\n\n## Context\n",
        3, "Use MySQL", "Superseded", "2025-02-01", 7)]
    [InlineData("docs/adr/0002-use-markdown.md", """
        # Use Markdown Architectural Decision Records

        * Status: superseded by [ADR-0005](0005-use-madr-3.md)
        * Deciders: Ann, Bob
        * Date: 2018-02-02

        ## Context and Problem Statement
        """, 2, "Use Markdown Architectural Decision Records", "Superseded", "2018-02-02", 5)]
    [InlineData("0010-use-x.md",
        "---\nstatus: superseded by ADR-0012\ndate: 2024-09-30\ndecision-makers: us\n---\n\n# Use X\n",
        10, "Use X", "Superseded", "2024-09-30", 12)]
    [InlineData("0006-bom.md", "\uFEFF# 6. With a BOM\n\n## Status\n\nproposed\n",
        6, "With a BOM", "Proposed", null, null)]
    [InlineData("0014-fence.md", "# 14. Fences\n\n```\n# not a title\nStatus: Rejected\n```\nStatus: Accepted\n",
        14, "Fences", "Accepted", null, null)]
    public void Record_is_read_without_problems(string path, string text, int number, string title, string status, string? date, int? supersededBy)
    {
        var adr = AdrParser.Parse(path, text);

        AssertAdr(adr, number, title, System.Enum.Parse<AdrStatusKind>(status), date, supersededBy);
        Assert.Empty(adr.Problems);
    }

    [Fact]
    public void Madr_3_front_matter()
    {
        var adr = AdrParser.Parse("docs/decisions/0004-use-plain-junit5.md", """
            ---
            status: "deprecated"
            date: 2022-06-20
            deciders: the team
            ---
            # Use plain JUnit5 for advanced test assertions

            ## Context and Problem Statement
            """);

        AssertAdr(adr, 4, "Use plain JUnit5 for advanced test assertions", AdrStatusKind.Deprecated, "2022-06-20", null);
        Assert.Equal(AdrStatusForm.FrontMatter, adr.StatusForm);
        Assert.Equal(2, adr.StatusLine);
        Assert.Empty(adr.Problems);
    }

    [Fact]
    public void Windows_line_endings_and_bold_keys()
    {
        var adr = AdrParser.Parse("0005-crlf.md", "# ADR-5 - Windows files\r\n\r\n**Status:** Rejected\r\n**Date:** 2026-03-04\r\n");

        AssertAdr(adr, 5, "Windows files", AdrStatusKind.Rejected, "2026-03-04", null);
        Assert.Equal(3, adr.StatusLine);
        Assert.Empty(adr.Problems);
    }

    [Fact]
    public void Missing_status_is_a_problem_on_the_title_line()
    {
        var adr = AdrParser.Parse("0008-no-status.md", "\n# ADR 8: No status\n\nContext: none\n");

        var problem = Assert.Single(adr.Problems);
        Assert.Equal((2, 1), (problem.Line, problem.Column));
        Assert.StartsWith("No status", problem.Message);
        Assert.False(adr.IsValid);
    }

    [Fact]
    public void Second_title_is_a_problem_and_the_first_one_wins()
    {
        var adr = AdrParser.Parse("0009-two.md", "# ADR 9: First\nStatus: Accepted\n\n# Second\n");

        Assert.Equal("First", adr.Title);
        var problem = Assert.Single(adr.Problems);
        Assert.Equal((4, 1, 8), (problem.Line, problem.Column, problem.Length));
        Assert.Contains("line 1", problem.Message);
    }

    [Fact]
    public void Unknown_status_points_at_the_value()
    {
        var adr = AdrParser.Parse("0011-wip.md", "# ADR 11: Work\n\nStatus: In progress\n");

        Assert.Null(adr.Status);
        var problem = Assert.Single(adr.Problems);
        Assert.Equal((3, 9, 11), (problem.Line, problem.Column, problem.Length));
        Assert.Contains("'In progress'", problem.Message);
    }

    [Fact]
    public void Title_number_that_disagrees_with_the_file_name_is_a_problem()
    {
        var adr = AdrParser.Parse("0012-x.md", "# ADR 013: Wrong number\nStatus: Accepted\n");

        Assert.Equal(12, adr.Number);
        var problem = Assert.Single(adr.Problems);
        Assert.Equal((1, 7, 3), (problem.Line, problem.Column, problem.Length));
    }

    [Fact]
    public void Bad_date_is_a_problem_at_the_date()
    {
        var adr = AdrParser.Parse("0013-date.md", "# 13. Dates\n\nDate: 2026-02-30\n\n## Status\n\nAccepted\n");

        Assert.Null(adr.Date);
        var problem = Assert.Single(adr.Problems);
        Assert.Equal((3, 7, 10), (problem.Line, problem.Column, problem.Length));
    }

    [Fact]
    public void Unclosed_front_matter_is_a_problem_on_line_one()
    {
        var adr = AdrParser.Parse("0015-open.md", "---\nstatus: accepted\n# 15. Open\n");

        Assert.Contains(adr.Problems, p => p.Line == 1 && p.Column == 1 && p.Message.Contains("front matter"));
    }

    [Fact]
    public void Empty_file_has_no_title_and_no_status()
    {
        var adr = AdrParser.Parse("0016-empty.md", string.Empty);

        Assert.Equal(new[] { "No title", "No status" }, adr.Problems.Select(p => p.Message.Split(':')[0]));
        Assert.All(adr.Problems, p => Assert.Equal((1, 1), (p.Line, p.Column)));
    }

    [Theory]
    [InlineData("docs/adr/README.md")]
    [InlineData("docs/adr/template.md")]
    [InlineData("docs/adr/001-three-digits.md")]
    [InlineData("docs/adr/0001-not-markdown.txt")]
    public void Files_not_named_like_adrs_are_ignored(string path)
    {
        var adr = AdrParser.Parse(path, "# ADR 1: Looks like one\nStatus: Accepted\n");

        Assert.False(adr.IsAdrFile);
        Assert.Empty(adr.Problems);
    }

    [Theory]
    [InlineData("PROPOSED", "Proposed")]
    [InlineData("accepted", "Accepted")]
    [InlineData("Deprecated", "Deprecated")]
    [InlineData("`superseded`", "Superseded")]
    [InlineData("rejected.", "Rejected")]
    public void Statuses_are_case_insensitive(string written, string expected)
    {
        Assert.Equal(expected, AdrParser.Parse("0001-s.md", $"# 1. S\n\nStatus: {written}\n").Status?.ToString());
    }

    private static void AssertAdr(AdrDocument adr, int number, string title, AdrStatusKind status, string? date, int? supersededBy)
    {
        Assert.True(adr.IsAdrFile);
        Assert.Equal(number, adr.Number);
        Assert.Equal(title, adr.Title);
        Assert.Equal(status, adr.Status);
        Assert.Equal(date, adr.Date);
        Assert.Equal(supersededBy, adr.SupersededBy);
    }
}
