using System.IO;
using EmilySovereign.Build.PreCommit;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// What the hook host does, in this process: each finding on one output line and a summary on the error writer (exit 1),
/// silence when clean (exit 0), ES6090 when git cannot list the staged files (exit 2), with the options it is given.
/// </summary>
public sealed class PreCommitRunnerTests
{
    private const string TrailingWhitespace =
        "trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)";

    private const string Summary =
        "commit stopped. Fix and stage them (see docs/rules/ES60xx.md), or skip the checks once with 'git commit --no-verify'.\n";

    [Fact]
    public void Each_finding_is_printed_on_its_own_line_and_a_summary_counts_problems_and_files()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "x \ny \nz \n").Stage("b.txt", "clean\n");

        var (exitCode, output, error) = Run(repo.Path, new PreCommitOptions());

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "a.txt(1,2): error ES6005: " + TrailingWhitespace + "\n" +
            "a.txt(2,2): error ES6005: " + TrailingWhitespace + "\n" +
            "a.txt(3,2): error ES6005: " + TrailingWhitespace + "\n",
            output);
        Assert.Equal("EmilySovereign: 3 problem(s) in 2 staged file(s); " + Summary, error);
    }

    [Fact]
    public void Clean_staged_files_exit_0_silently()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "clean\n");

        Assert.Equal((0, "", ""), Run(repo.Path, new PreCommitOptions()));
    }

    [Fact]
    public void Nothing_staged_exits_0_silently()
    {
        using var repo = new StagedRepository();

        Assert.Equal((0, "", ""), Run(repo.Path, new PreCommitOptions()));
    }

    [Fact]
    public void The_options_given_decide_which_checks_run()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "x \n");
        var options = new PreCommitOptions();
        options.Disable("ES6005");

        Assert.Equal((0, "", ""), Run(repo.Path, options));
    }

    [Fact]
    public void Outside_a_repository_git_s_reason_is_ES6090_on_the_error_writer_and_the_exit_code_is_2()
    {
        using var folder = new TempDirectory("nogit");

        var (exitCode, output, error) = Run(folder.Path, new PreCommitOptions());

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error ES6090: git diff --cached failed: {GitError.FirstLineOf(folder.Path, "diff", "--cached")}\n", error);
    }

    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, PreCommitOptions options)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = PreCommitRunner.Run(workingDirectory, options, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
