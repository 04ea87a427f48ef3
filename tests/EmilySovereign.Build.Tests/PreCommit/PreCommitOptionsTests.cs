using System;
using System.Linq;
using CsCheck;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

public sealed class PreCommitOptionsTests
{
    [Fact]
    public void Options_round_trip_through_the_hook_command_line()
    {
        var ids = Gen.Int[0, BuildRules.StagedChecks.Count - 1].Select(i => BuildRules.StagedChecks[i].Id);
        var globs = Gen.String[Gen.Char["ab*/.-"], 1, 12].Array[0, 3];
        Gen.Select(ids.Array[0, 5], Gen.Int[1, 100_000], Gen.String[Gen.Char["abc./- _"], 1, 20], Gen.Bool, Gen.Bool, globs)
            .Sample((disabled, kb, allowList, format, all, excluded) =>
            {
                var options = new PreCommitOptions { MaxFileSizeKB = kb, SecretsAllowListPath = allowList, RunDotnetFormat = format, AllTrackedFiles = all };
                foreach (var id in disabled)
                    options.Disable(id);
                options.ExcludedPaths.AddRange(excluded);

                var parsed = PreCommitOptions.Parse(options.ToArguments().ToArray());

                Assert.Equal(options.DisabledRuleIds, parsed.DisabledRuleIds);
                Assert.Equal((kb, allowList, format, all), (parsed.MaxFileSizeKB, parsed.SecretsAllowListPath, parsed.RunDotnetFormat, parsed.AllTrackedFiles));
                Assert.Equal(excluded, parsed.ExcludedPaths);
            });
    }

    [Fact]
    public void Defaults_have_no_arguments_and_format_is_off()
    {
        var options = new PreCommitOptions();

        Assert.Empty(options.ToArguments());
        Assert.False(options.IsEnabled(BuildRules.Format));
        Assert.All(BuildRules.StagedChecks.Where(r => r != BuildRules.Format), r => Assert.True(options.IsEnabled(r)));
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "--bogus")]
    [InlineData("unknown option '--off=ES6005'", "--format", "--off=ES6005")]
    [InlineData("--max-file-size-kb needs a positive whole number, not '0'", "--max-file-size-kb", "0")]
    [InlineData("--max-file-size-kb needs a positive whole number, not '+5'", "--max-file-size-kb", "+5")]
    [InlineData("--max-file-size-kb needs a positive whole number, not '1.5'", "--max-file-size-kb", "1.5")]
    [InlineData("--max-file-size-kb needs a positive whole number, not ' 5'", "--max-file-size-kb", " 5")]
    [InlineData("--max-file-size-kb needs a value", "--max-file-size-kb")]
    [InlineData("--off needs a value", "--off")]
    [InlineData("--exclude needs a value", "--all", "--exclude")]
    public void Bad_arguments_are_rejected_with_what_is_wrong(string message, params string[] arguments) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => PreCommitOptions.Parse(arguments)).Message);
}
