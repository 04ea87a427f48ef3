using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

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
}
