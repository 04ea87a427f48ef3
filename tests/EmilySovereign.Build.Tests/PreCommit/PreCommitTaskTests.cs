using System.IO;
using System.Linq;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// <c>-t:PreCommit</c>'s task in this process: findings as errors at full paths from the repository's top, the summary
/// of staged or tracked files, the options it passes on, and ES6090 outside a work tree or with an unreadable index.
/// </summary>
public sealed class PreCommitTaskTests
{
    private const string TrailingWhitespace =
        "trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)";

    [Fact]
    public void Staged_problems_are_errors_at_full_paths_from_the_top_even_from_a_subfolder()
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/a.md", "text \n").Stage("src/App/ok.txt", "ok\n").Stage("src/App/b.txt", "b \n");

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = repo.Git.Combine("src/App") });

        Assert.False(result);
        Assert.Equal(
            new[]
            {
                $"{repo.Git.Combine("docs/a.md")}(1,5): error ES6005: {TrailingWhitespace}",
                $"{repo.Git.Combine("src/App/b.txt")}(1,2): error ES6005: {TrailingWhitespace}",
            },
            engine.Diagnostics);
        Assert.All(engine.Errors, e => Assert.Equal(RuleDocs.HelpLinkBase + "ES6005.md", e.HelpLink));
        Assert.Equal(new[] { ("EmilySovereign: checked 3 staged file(s), 2 problem(s).", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Clean_staged_files_pass_with_a_summary()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "ok\n");

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = repo.Path });

        Assert.True(result);
        Assert.Empty(engine.Diagnostics);
        Assert.Equal(new[] { ("EmilySovereign: checked 1 staged file(s), 0 problem(s).", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void All_tracked_files_checks_committed_files_and_says_tracked()
    {
        using var repo = new StagedRepository();
        repo.Stage("old.txt", "committed \n").Stage("clean.txt", "clean\n");
        repo.Git.Commit();

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = repo.Path, AllTrackedFiles = true });

        Assert.False(result);
        Assert.Equal(new[] { $"{repo.Git.Combine("old.txt")}(1,10): error ES6005: {TrailingWhitespace}" }, engine.Diagnostics);
        Assert.Equal(new[] { ("EmilySovereign: checked 2 tracked file(s), 1 problem(s).", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Disabled_checks_and_excluded_paths_are_passed_to_the_checks()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "x \n").Stage("fixtures/broken.json", "{ \"a\": \n");

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = repo.Path, DisabledChecks = new[] { "ES6005" }, ExcludedPaths = new[] { "fixtures/**" } });

        Assert.True(result);
        Assert.Empty(engine.Diagnostics);
        Assert.Equal(new[] { ("EmilySovereign: checked 1 staged file(s), 0 problem(s).", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Outside_a_work_tree_is_ES6090_with_git_s_reason()
    {
        using var folder = new TempDirectory("nogit");

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = folder.Path });

        Assert.False(result);
        Assert.Equal(
            new[] { $"test.proj(0,0): error ES6090: not inside a git work tree, nothing is staged: {GitError.Of(folder.Path, "rev-parse", "--show-toplevel")}" },
            engine.Diagnostics);
        Assert.Equal(RuleDocs.HelpLinkBase + "ES6090.md", engine.Errors.Single().HelpLink);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void An_index_git_cannot_read_is_ES6090_with_git_s_reason()
    {
        using var repo = new StagedRepository();
        repo.WriteBytes(".git/index", "garbage\n"u8.ToArray());

        var (result, engine) = Run(new PreCommitTask { WorkingDirectory = repo.Path });

        Assert.False(result);
        Assert.Equal(
            new[] { $"test.proj(0,0): error ES6090: git diff --cached failed: {GitError.FirstLineOf(repo.Path, "diff", "--cached")}" },
            engine.Diagnostics);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void A_warning_rule_is_reported_as_a_warning_with_its_position_and_help_link()
    {
        var task = RecordingBuildEngine.Attach(new PreCommitTask(), out var engine);

        task.Report(BuildRules.ForeignHook, "hooks/pre-commit", 2, 3, "in the way");

        Assert.Equal(new[] { "hooks/pre-commit(2,3): warning ES6101: in the way" }, engine.Diagnostics);
        Assert.Equal(RuleDocs.HelpLinkBase + "ES6101.md", engine.Warnings.Single().HelpLink);
    }

    private static (bool Result, RecordingBuildEngine Engine) Run(PreCommitTask task)
    {
        RecordingBuildEngine.Attach(task, out var engine);
        return (task.Execute(), engine);
    }
}
