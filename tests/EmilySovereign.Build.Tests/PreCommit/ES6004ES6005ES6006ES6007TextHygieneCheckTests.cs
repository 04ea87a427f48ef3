using System;
using System.Linq;
using EmilySovereign.Build.PreCommit.Checks;
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

    [Theory]
    [InlineData(2048L, 2048L, null)]
    [InlineData(2048L, 2049L, "file is 3 KB, over the 2 KB limit")]
    [InlineData(2048L, 3072L, "file is 3 KB, over the 2 KB limit")]
    [InlineData(2048L, 3073L, "file is 4 KB, over the 2 KB limit")]
    [InlineData(512000L, 1048576L, "file is 1024 KB, over the 500 KB limit")]
    public void Large_file_message_rounds_the_size_up_to_whole_KB(long limitBytes, long size, string? expected)
    {
        var findings = SingleCheck.Run(new LargeFileCheck(limitBytes), new StagedFile("big.bin", Array.Empty<byte>(), size));

        Assert.Equal(
            expected is null ? Array.Empty<string>() : new[] { $"big.bin(1,1): error ES6004: {expected}: keep it out of git (Git LFS, a package, or a download at build time) or raise EmilySovereignMaxFileSizeKB" },
            findings.Select(f => f.Format()).ToArray());
    }

    [Theory]
    [InlineData("a.txt", " \nx \n", "a.txt(1,1): ES6005", "a.txt(2,2): ES6005")]
    [InlineData("a.txt", "x\t\ny \n", "a.txt(1,2): ES6005", "a.txt(2,2): ES6005")]
    [InlineData("a.txt", "x \r\ny\t\r\nz\t \t\n", "a.txt(1,2): ES6005", "a.txt(2,2): ES6005", "a.txt(3,2): ES6005")]
    [InlineData("a.txt", "x  ", "a.txt(1,2): ES6005")]
    [InlineData("a.txt", "x\ny\t", "a.txt(2,2): ES6005")]
    [InlineData("a.txt", "  ", "a.txt(1,1): ES6005")]
    [InlineData("a.txt", "x\n\ty\n", new string[0])]
    [InlineData("a.txt", "a  \n", "a.txt(1,2): ES6005")]
    [InlineData("NOTES", "a  \n", "NOTES(1,2): ES6005")]
    [InlineData("doc.md", "a  \nb  ", new string[0])]
    [InlineData("doc.markdown", "a  \r\n", new string[0])]
    [InlineData("doc.md", "a \nb \t\n", "doc.md(1,2): ES6005", "doc.md(2,2): ES6005")]
    public void Trailing_whitespace_is_reported_at_each_run_start_in_order_also_at_the_start_and_the_end_of_the_file(
        string path, string text, params string[] expected)
    {
        var findings = SingleCheck.Run(new TrailingWhitespaceCheck(), path, text);

        FindingAssert.Exactly(findings, expected);
        Assert.All(findings, f => Assert.Equal(
            "trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)", f.Message));
    }

    [Theory]
    [InlineData("one\ntwo", "a.txt(2,4): error ES6006: no newline at the end of the file: end the last line with a line break")]
    [InlineData("x", "a.txt(1,2): error ES6006: no newline at the end of the file: end the last line with a line break")]
    [InlineData("one\n", null)]
    [InlineData("one\r", null)]
    [InlineData("", null)]
    public void Final_newline_is_missing_unless_the_file_is_empty_or_ends_with_LF_or_CR(string text, string? expected) =>
        Assert.Equal(
            expected is null ? Array.Empty<string>() : new[] { expected },
            SingleCheck.Run(new FinalNewlineCheck(), "a.txt", text).Select(f => f.Format()).ToArray());

    [Theory]
    [InlineData("\r\nb\n", 2, 2, "1 CRLF, 1 LF, 0 CR", "LF", "CRLF")]
    [InlineData("a\r\nb\r", 2, 2, "1 CRLF, 0 LF, 1 CR", "CR", "CRLF")]
    [InlineData("a\rb\r\n", 1, 2, "1 CRLF, 0 LF, 1 CR", "CR", "CRLF")]
    [InlineData("aaa\nbbb\nccc\r\n", 3, 4, "1 CRLF, 2 LF, 0 CR", "CRLF", "LF")]
    [InlineData("aaa\r\nbbb\r\nccc\rddd\r\n", 3, 4, "3 CRLF, 0 LF, 1 CR", "CR", "CRLF")]
    [InlineData("aaa\nbbb\nccc\rd\n", 3, 4, "0 CRLF, 3 LF, 1 CR", "CR", "LF")]
    [InlineData("\r\na\nb\n", 1, 1, "1 CRLF, 2 LF, 0 CR", "CRLF", "LF")]
    [InlineData("\na\r\nb\r\n", 1, 1, "2 CRLF, 1 LF, 0 CR", "LF", "CRLF")]
    [InlineData("\ra\nb\n", 1, 1, "0 CRLF, 2 LF, 1 CR", "CR", "LF")]
    [InlineData("a\rb\rc\n", 1, 6, "0 CRLF, 1 LF, 2 CR", "LF", "CR")]
    [InlineData("a\nb\r", 2, 2, "0 CRLF, 1 LF, 1 CR", "CR", "LF")]
    [InlineData("a\r\nb\rc\nd\r\n", 2, 2, "2 CRLF, 1 LF, 1 CR", "CR", "CRLF")]
    public void Mixed_line_endings_report_the_first_line_not_ending_like_the_majority_ties_going_to_CRLF_then_LF(
        string text, int line, int column, string counts, string kind, string majority)
    {
        var finding = Assert.Single(SingleCheck.Run(new LineEndingsCheck(), "a.txt", text));

        Assert.Equal(
            $"a.txt({line},{column}): error ES6007: mixed line endings ({counts}): this line ends with {kind}; use {majority} " +
            "throughout (a .gitattributes 'text eol=...' rule keeps them consistent)",
            finding.Format());
    }

    [Theory]
    [InlineData("a\r\nb\r\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("a\rb\r")]
    [InlineData("\r")]
    [InlineData("a\nb\n")]
    [InlineData("")]
    public void One_kind_of_line_end_throughout_is_not_mixed(string text) =>
        Assert.Empty(SingleCheck.Run(new LineEndingsCheck(), "a.txt", text));
}
