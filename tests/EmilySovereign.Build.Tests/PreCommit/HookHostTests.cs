using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>The host the hook starts: exit codes and output format (ES6090 outside a repository).</summary>
public sealed class HookHostTests
{
    [Fact]
    public void Outside_a_repository_exits_with_2_and_reports_ES6090()
    {
        using var folder = new TempDirectory("nogit");

        var result = HookHost.Run(folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error ES6090: git diff --cached failed", result.StandardError);
    }

    [Fact]
    public void Problems_print_exact_lines_on_stdout_a_summary_on_stderr_and_exit_1()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "x \n");

        var result = HookHost.Run(repo.Path, "--off", "ES6006");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "a.txt(1,2): error ES6005: trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)\n",
            result.StandardOutput.Replace("\r\n", "\n"));
        Assert.Contains("git commit --no-verify", result.StandardError);
    }

    [Fact]
    public void Clean_staged_files_exit_0_silently()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "x\n");

        var result = HookHost.Run(repo.Path);

        Assert.Equal((0, "", ""), (result.ExitCode, result.StandardOutput, result.StandardError));
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        using var repo = new StagedRepository();

        Assert.Equal(2, HookHost.Run(repo.Path, "--fast").ExitCode);
    }
}
