using System.Linq;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6004-ES6007: size, trailing whitespace, final newline, line endings; text files only.</summary>
public sealed class ES6004ES6005ES6006ES6007TextHygieneCheckTests
{
    [Fact]
    public void Large_file_over_the_configured_limit_is_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("big.txt", new string('x', 3000) + "\n");
        repo.Stage("small.txt", new string('x', 1000) + "\n");

        FindingAssert.Exactly(repo.Check(new PreCommitOptions { MaxFileSizeKB = 2 }), "big.txt(1,1): ES6004");
    }

    [Fact]
    public void Large_file_under_the_default_limit_is_not_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("data.txt", new string('x', 500 * 1024 - 1) + "\n");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Trailing_whitespace_is_reported_where_the_run_starts()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.cs", "int a; \nint b;\t\t\r\nint c;\n  \nint d;\n");

        FindingAssert.Exactly(
            repo.Check(new PreCommitOptions()).Where(f => f.Rule.Id == "ES6005"),
            "a.cs(1,7): ES6005", "a.cs(2,7): ES6005", "a.cs(4,1): ES6005");
    }

    [Fact]
    public void Trailing_whitespace_markdown_hard_break_is_allowed_three_spaces_are_not()
    {
        using var repo = new StagedRepository();
        repo.Stage("doc.md", "line one  \nline two   \nend\n");

        FindingAssert.Exactly(repo.Check(), "doc.md(2,9): ES6005");
    }

    [Fact]
    public void Missing_final_newline_is_reported_after_the_last_character()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "one\ntwo");
        repo.Stage("empty.txt", "");
        repo.Stage("ok.txt", "one\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(2,4): ES6006");
    }

    [Fact]
    public void Mixed_line_endings_reports_the_first_minority_line()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "one\r\ntwo\r\nthree\nfour\r\n");
        repo.Stage("crlf.txt", "one\r\ntwo\r\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(3,6): ES6007");
    }

    [Fact]
    public void Binary_files_are_not_checked_as_text()
    {
        using var repo = new StagedRepository();
        repo.StageBytes("image.bin", [0x89, 0x50, 0x00, 0x20, 0x0A, 0x0D, 0x0A, 0x20, 0x41]);

        Assert.Empty(repo.Check());
    }

    [Theory]
    [InlineData("ES6004")]
    [InlineData("ES6005")]
    [InlineData("ES6006")]
    [InlineData("ES6007")]
    public void Switched_off_the_check_is_silent(string id)
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "one \r\ntwo\nthree " + new string('x', 3000));
        var options = new PreCommitOptions { MaxFileSizeKB = 1 };
        options.Disable(id);

        var findings = repo.Check(options);

        Assert.DoesNotContain(findings, f => f.Rule.Id == id);
        Assert.Equal(3, findings.Select(f => f.Rule.Id).Distinct().Count());
    }
}
