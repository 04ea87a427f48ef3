using System.Linq;
using CsCheck;
using EmilySovereign.Build.Git;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Git;

/// <summary>
/// Arguments reach a child process exactly as given (netstandard2.0 has no ArgumentList, so they are joined and quoted
/// by hand), and a tool that cannot start is an exit code with its reason, not an exception.
/// </summary>
public sealed class GitCommandTests
{
    // printf prints each argument followed by \001, so the child's view of its arguments can be read back exactly.
    private static string[] EchoedByChild(string[] arguments)
    {
        using var folder = new TempDirectory("args");
        var result = GitCommand.RunTool("printf", folder.Path, new[] { "%s\\001" }.Concat(arguments));
        Assert.True(result.Succeeded, result.Error);
        return result.Output.Split('\u0001')[..^1];
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    [InlineData("say \"hi\"")]
    [InlineData("\"")]
    [InlineData("back\\slash")]
    [InlineData("trailing\\")]
    [InlineData("trailing \\\\")]
    [InlineData("before\\\"quote")]
    [InlineData("a\\\\\"b c")]
    public void Each_argument_reaches_the_child_unchanged(string argument) =>
        Assert.Equal(new[] { argument, "next" }, EchoedByChild(new[] { argument, "next" }));

    [Fact]
    public void Any_arguments_reach_the_child_unchanged() =>
        Gen.String[Gen.Char["ab \t\"\\\n"], 0, 8].Array[1, 4]
            .Sample(arguments => Assert.Equal(arguments, EchoedByChild(arguments)), iter: 60);

    [Theory]
    [InlineData(new[] { "a", "b" }, "a b")]
    [InlineData(new[] { "" }, "\"\"")]
    [InlineData(new[] { "x y", "z" }, "\"x y\" z")]
    [InlineData(new[] { "a\\\"b" }, "\"a\\\\\\\"b\"")]
    [InlineData(new[] { "end \\" }, "\"end \\\\\"")]
    public void Arguments_are_quoted_only_where_needed(string[] arguments, string expected) =>
        Assert.Equal(expected, GitCommand.JoinArguments(arguments));

    [Fact]
    public void A_tool_that_cannot_start_is_exit_code_minus_one_with_its_name()
    {
        using var folder = new TempDirectory("args");

        var result = GitCommand.RunTool("no-such-tool-emily", folder.Path, new[] { "--version" });

        Assert.Equal(-1, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal("", result.Output);
        Assert.StartsWith("no-such-tool-emily could not be started: ", result.Error);
    }

    [Fact]
    public void Children_take_no_optional_git_locks_and_open_no_window()
    {
        using var folder = new TempDirectory("args");

        var result = GitCommand.RunTool("printenv", folder.Path, new[] { "GIT_OPTIONAL_LOCKS" });

        // Without it even read-only git commands may refresh the index's stat cache, which the checks promise not to touch.
        Assert.Equal((0, "0\n"), (result.ExitCode, result.Output));
        Assert.True(GitCommand.StartInfo("git", folder.Path, new string[0]).CreateNoWindow);
    }

    [Fact]
    public void Git_runs_in_the_given_folder_and_reports_its_exit_code()
    {
        using var repository = GitRepository.Init();
        using var outside = new TempDirectory("nogit");

        var inside = GitCommand.Run(repository.Path, "rev-parse", "--is-inside-work-tree");
        var notInside = GitCommand.Run(outside.Path, "rev-parse", "--is-inside-work-tree");

        Assert.Equal((0, "true\n"), (inside.ExitCode, inside.Output));
        Assert.True(inside.Succeeded);
        Assert.NotEqual(0, notInside.ExitCode);
        Assert.Contains("not a git repository", notInside.Error);
    }
}
