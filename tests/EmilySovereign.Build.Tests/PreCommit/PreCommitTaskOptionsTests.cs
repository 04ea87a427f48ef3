using EmilySovereign.Build.PreCommit;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// The pre-commit options the tasks build from their MSBuild parameters: defaults for unset or unusable values,
/// forward slashes, and blank items dropped.
/// </summary>
public sealed class PreCommitTaskOptionsTests
{
    [Fact]
    public void An_unconfigured_task_has_the_default_options()
    {
        var options = new PreCommitTask().CreateOptions();

        Assert.Equal(
            (500, ".secrets-allowlist", false, false),
            (options.MaxFileSizeKB, options.SecretsAllowListPath, options.RunDotnetFormat, options.AllTrackedFiles));
        Assert.Empty(options.ExcludedPaths);
        Assert.Empty(options.DisabledRuleIds);
    }

    [Theory]
    [InlineData(0, "", 500, ".secrets-allowlist")]
    [InlineData(-1, "   ", 500, ".secrets-allowlist")]
    [InlineData(1, "config\\secrets\\allow.txt", 1, "config/secrets/allow.txt")]
    [InlineData(2048, "allow.txt", 2048, "allow.txt")]
    public void A_size_limit_must_be_positive_and_a_blank_allow_list_is_the_default(int kb, string allowList, int expectedKb, string expectedAllowList)
    {
        var options = new PreCommitTask { MaxFileSizeKB = kb, SecretsAllowList = allowList }.CreateOptions();

        Assert.Equal((expectedKb, expectedAllowList), (options.MaxFileSizeKB, options.SecretsAllowListPath));
    }

    [Fact]
    public void Every_parameter_reaches_the_options_with_blank_items_dropped()
    {
        var task = new PreCommitTask
        {
            DisabledChecks = new[] { " es6005 ", "", "  ", "ES6008" },
            ExcludedPaths = new[] { " fixtures\\** ", "", "  ", "*.snap" },
            RunDotnetFormat = true,
            AllTrackedFiles = true,
        };

        Assert.Equal(
            new[] { "--off", "ES6005", "--off", "ES6008", "--format", "--all", "--exclude", "fixtures/**", "--exclude", "*.snap" },
            task.CreateOptions().ToArguments());
    }
}
