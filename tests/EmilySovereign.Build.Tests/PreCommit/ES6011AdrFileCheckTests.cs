using EmilySovereign.Build.PreCommit.Checks.Adrs;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Parsing;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6011: staged ADR files that cannot be read.</summary>
public sealed class ES6011AdrFileCheckTests
{
    [Theory]
    [InlineData("Some text\n", 1, 1)]
    [InlineData("# ADR 9: Use PostgreSQL\n\nStatus: Accepted\n", 1, 7)]
    [InlineData("# ADR 8: Use PostgreSQL\n\nContext: x\n", 1, 1)]
    [InlineData("# ADR 8: Use PostgreSQL\n\nStatus: Maybe\n", 3, 9)]
    public void Unreadable_adr_is_reported(string content, int line, int column)
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/adr/0008-use-postgresql.md", content);

        FindingAssert.Exactly(repo.Check(), $"docs/adr/0008-use-postgresql.md({line},{column}): ES6011");
    }

    [Theory]
    [InlineData("# ADR 8: Use PostgreSQL\n\nStatus: Accepted\nDate: 2026-11-25\n")]
    [InlineData("# Use PostgreSQL\n\nStatus: Accepted\n")]
    [InlineData("# 8. Use PostgreSQL\n\nDate: 2026-11-25\n\n## Status\n\nSuperseded by [9. Use SQLite](0009-use-sqlite.md)\n")]
    public void BothContractForms_Pass(string content)
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/adr/0008-use-postgresql.md", content);

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Files_outside_the_adr_folder_or_not_numbered_are_not_adrs()
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/adr/README.md", "# Index\n");
        repo.Stage("docs/adr/old/0001-x.md", "no title\n");
        repo.Stage("notes/0001-x.md", "no title\n");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Switched_off_nothing_is_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/adr/0001-x.md", "no title\n");
        var options = new PreCommitOptions();
        options.Disable("ES6011");

        Assert.Empty(repo.Check(options));
    }

    // The shared ADR parser also skips files it does not take for ADRs; a reader that finds a problem in any file it
    // is given shows which files the check itself hands over.
    [Theory]
    [InlineData("docs/adr/0001-a.md")]
    [InlineData("docs/adr/0001-A.MD")]
    [InlineData("site/docs/adr/0001-use-postgresql.md")]
    public void Numbered_markdown_file_in_a_docs_adr_folder_is_read_and_its_problem_reported(string path)
    {
        var findings = SingleCheck.Run(new AdrFileCheck(new UnreadableAdrs()), path, "anything\n");

        FindingAssert.Exactly(findings, path + "(2,3): ES6011");
        Assert.Equal("ADR file cannot be read: the status line is missing", findings[0].Message);
    }

    [Theory]
    [InlineData("docs/adr/0001-.md")]
    [InlineData("docs/adr/x001-title.md")]
    [InlineData("docs/adr/0x01-title.md")]
    [InlineData("docs/adr/00x1-title.md")]
    [InlineData("docs/adr/000x-title.md")]
    [InlineData("docs/adr/0001_title.md")]
    [InlineData("docs/adr/0001-title.txt")]
    [InlineData("mydocs/adr/0001-title.md")]
    public void Files_not_named_NNNN_title_md_in_a_docs_adr_folder_are_not_read(string path)
    {
        var findings = SingleCheck.Run(new AdrFileCheck(new UnreadableAdrs()), path, "anything\n");

        Assert.Empty(findings);
    }

    private sealed class UnreadableAdrs : IAdrReader
    {
        public LineProblem? Read(string fileName, string text) => new(2, 3, 1, "the status line is missing");
    }
}
