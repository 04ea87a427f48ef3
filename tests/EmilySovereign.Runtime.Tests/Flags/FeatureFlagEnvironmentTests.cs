using System;
using System.Collections.Generic;
using CsCheck;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>EMILY_FLAG_&lt;NAME&gt;: what each value means, read once and again on Reload, malformed values reported once, never thrown.</summary>
public sealed class FeatureFlagEnvironmentTests
{
    [Theory]
    [InlineData("true", FeatureFlagEnvironment.On)]
    [InlineData(" TRUE ", FeatureFlagEnvironment.On)]
    [InlineData("1", FeatureFlagEnvironment.On)]
    [InlineData("False", FeatureFlagEnvironment.Off)]
    [InlineData("0", FeatureFlagEnvironment.Off)]
    [InlineData("2", 2)]
    [InlineData("100", 100)]
    [InlineData("1%", 1)]
    [InlineData("0%", 0)]
    [InlineData("100%", 100)]
    public void Values_mean_a_switch_or_a_percent(string text, int expected) => Assert.Equal(expected, FeatureFlagEnvironment.Parse(text));

    [Theory]
    [InlineData("yes")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("50.5")]
    [InlineData("+5")]
    [InlineData("%")]
    [InlineData("1e2")]
    public void Other_values_are_malformed(string text) => Assert.Null(FeatureFlagEnvironment.Parse(text));

    [Fact]
    public void Names_become_upper_case_variables() =>
        Assert.Equal("EMILY_FLAG_MODEL_V2_BETA", FeatureFlagEnvironment.VariableFor("model.v2-beta"));

    [Fact]
    public void A_missing_name_has_no_variable() =>
        Assert.Throws<ArgumentNullException>("name", () => FeatureFlagEnvironment.VariableFor(null!));

    [Fact]
    public void A_malformed_value_is_ignored_and_reported_once()
    {
        var reports = new List<MalformedFeatureFlagValueEventArgs>();
        EventHandler<MalformedFeatureFlagValueEventArgs> handler = (_, e) => { if (e.FlagName == "env_malformed") reports.Add(e); };
        FeatureFlagEnvironment.MalformedValue += handler;
        Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_MALFORMED", "yes please");
        try
        {
            var flag = new DeclaredFeatureFlag(new FeatureFlagInfo("env_malformed", true, null, null, null, null));
            var again = new DeclaredFeatureFlag(new FeatureFlagInfo("env_malformed", true, null, null, null, null));
            FeatureFlagEnvironment.Reload();

            Assert.True(flag.IsEnabled);
            Assert.True(again.IsEnabled);
            var report = Assert.Single(reports);
            Assert.Equal(("EMILY_FLAG_ENV_MALFORMED", "yes please"), (report.Variable, report.Value));
            Assert.Contains(FeatureFlagEnvironment.MalformedValues, e => e.Variable == "EMILY_FLAG_ENV_MALFORMED");
        }
        finally
        {
            FeatureFlagEnvironment.MalformedValue -= handler;
            Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_MALFORMED", null);
        }
    }

    [Fact]
    public void A_malformed_value_is_reported_once_per_variable()
    {
        var reports = new List<string>();
        EventHandler<MalformedFeatureFlagValueEventArgs> handler = (_, e) => { if (e.FlagName.StartsWith("env_twice_")) reports.Add(e.FlagName); };
        FeatureFlagEnvironment.MalformedValue += handler;
        using var a = new FlagVariable("env_twice_a", "maybe");
        using var b = new FlagVariable("env_twice_b", "maybe");
        try
        {
            _ = new DeclaredFeatureFlag(new FeatureFlagInfo("env_twice_a", false, null, null, null, null));
            _ = new DeclaredFeatureFlag(new FeatureFlagInfo("env_twice_b", false, null, null, null, null));

            Assert.Equal(["env_twice_a", "env_twice_b"], reports);
        }
        finally
        {
            FeatureFlagEnvironment.MalformedValue -= handler;
        }
    }

    [Fact]
    public void A_blank_value_counts_as_not_set_and_is_not_reported()
    {
        using var variable = new FlagVariable("env_blank", " \t ");
        var flag = new DeclaredFeatureFlag(new FeatureFlagInfo("env_blank", true, null, null, null, null));

        Assert.True(flag.IsEnabled);
        Assert.DoesNotContain(FeatureFlagEnvironment.MalformedValues, e => e.Variable == "EMILY_FLAG_ENV_BLANK");
    }

    [Fact]
    public void An_observer_that_throws_does_not_fail_the_read()
    {
        EventHandler<MalformedFeatureFlagValueEventArgs> handler = (_, _) => throw new InvalidOperationException("observer");
        FeatureFlagEnvironment.MalformedValue += handler;
        using var variable = new FlagVariable("env_throwing", "nope");
        try
        {
            Assert.True(new DeclaredFeatureFlag(new FeatureFlagInfo("env_throwing", true, null, null, null, null)).IsEnabled);
        }
        finally
        {
            FeatureFlagEnvironment.MalformedValue -= handler;
        }
    }

    [Fact]
    public void A_report_says_which_variable_value_and_flag()
    {
        using var variable = new FlagVariable("env_described", "perhaps");
        _ = new DeclaredFeatureFlag(new FeatureFlagInfo("env_described", true, null, null, null, null));
        var report = Assert.Single(FeatureFlagEnvironment.MalformedValues, e => e.Variable == "EMILY_FLAG_ENV_DESCRIBED");

        Assert.Equal(("env_described", "perhaps"), (report.FlagName, report.Value));
        Assert.Equal(
            "EMILY_FLAG_ENV_DESCRIBED=perhaps is not true, false, 1, 0 or a percent 0..100: ignored, the flag 'env_described' keeps its declared value",
            report.ToString());
    }

    [Fact]
    public void The_environment_is_read_once_and_again_on_Reload()
    {
        try
        {
            var flag = new DeclaredFeatureFlag(new FeatureFlagInfo("env_reload", false, null, null, null, null));
            Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_RELOAD", "true");
            Assert.False(flag.IsEnabled);

            FeatureFlagEnvironment.Reload();
            Assert.True(flag.IsEnabled);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_RELOAD", null);
        }
    }

    [Fact]
    public void A_percent_from_the_environment_buckets_keys_and_is_on_without_a_key_only_at_100()
    {
        Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_PERCENT", "40");
        try
        {
            var flag = new DeclaredFeatureFlag(new FeatureFlagInfo("env_percent", true, null, null, null, null));

            Assert.False(flag.IsEnabled);
            for (var i = 0; i < 100; i++)
                Assert.Equal(FeatureFlagBucket.Of("env_percent", "k" + i) < 40, flag.IsEnabledFor("k" + i));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_PERCENT", null);
        }
    }

    [Fact]
    public void Any_value_never_throws()
    {
        try
        {
            Gen.String.Sample(text =>
            {
                Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_FUZZ", text);
                var flag = new DeclaredFeatureFlag(new FeatureFlagInfo("env_fuzz", false, null, null, null, 50));
                _ = flag.IsEnabled;
                _ = flag.IsEnabledFor(text);
                FeatureFlagEnvironment.Parse(text);
            }, iter: 2_000);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_ENV_FUZZ", null);
        }
    }
}
