using System;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>Overrides are scoped to their async flow: they win while they last and never reach a sibling task.</summary>
public sealed class FeatureFlagOverridesTests
{
    private static readonly DeclaredFeatureFlag Flag = new(new FeatureFlagInfo("overrides_flag", false, null, null, null, 50));

    /// <summary>Buckets 99 and 0 of the flag: off and on at its rollout of 50.</summary>
    private static readonly string KeyOutsideTheRollout = BucketKeys.In("overrides_flag", 99), KeyInsideTheRollout = BucketKeys.In("overrides_flag", 0);

    [Fact]
    public void An_override_wins_until_its_scope_ends_and_inner_scopes_win()
    {
        using (FeatureFlagOverrides.Set("overrides_flag", true))
        {
            Assert.True(Flag.IsEnabled);
            Assert.True(Flag.IsEnabledFor("any key"));
            using (FeatureFlagOverrides.Set("overrides_flag", false))
                Assert.False(Flag.IsEnabled);
            Assert.True(Flag.IsEnabled);
        }

        Assert.False(Flag.IsEnabled);
    }

    [Fact]
    public void Disposing_twice_restores_once()
    {
        var outer = FeatureFlagOverrides.Set("overrides_flag", true);
        var inner = FeatureFlagOverrides.Set("overrides_flag", false);
        inner.Dispose();
        inner.Dispose();

        Assert.True(Flag.IsEnabled);
        outer.Dispose();
        Assert.False(Flag.IsEnabled);
        Assert.Equal(0, FeatureFlagSlowPath.Count);
    }

    [Fact]
    public void An_inner_override_of_another_flag_keeps_the_outer_one_and_names_match_exactly()
    {
        using (FeatureFlagOverrides.Set("overrides_flag", true))
        using (FeatureFlagOverrides.Set("overrides_other", false))
        using (FeatureFlagOverrides.Set("OVERRIDES_FLAG", false))
        {
            Assert.True(Flag.IsEnabled);
            Assert.True(Flag.IsEnabledFor(KeyOutsideTheRollout));
        }
    }

    [Fact]
    public void An_override_on_covers_keys_outside_the_rollout_and_an_override_off_keys_inside_it()
    {
        using (FeatureFlagOverrides.Set("overrides_flag", true))
            Assert.True(Flag.IsEnabledFor(KeyOutsideTheRollout));
        using (FeatureFlagOverrides.Set("overrides_flag", false))
            Assert.False(Flag.IsEnabledFor(KeyInsideTheRollout));
        Assert.False(Flag.IsEnabledFor(KeyOutsideTheRollout));
        Assert.True(Flag.IsEnabledFor(KeyInsideTheRollout));
    }

    [Fact]
    public void Without_an_override_the_lookup_finds_nothing_and_reports_off()
    {
        using (FeatureFlagOverrides.Set("overrides_other", true))
        {
            Assert.False(FeatureFlagOverrides.TryGet("overrides_flag", out var enabled));
            Assert.False(enabled);
        }
    }

    [Fact]
    public void A_missing_name_is_refused() =>
        Assert.Throws<ArgumentNullException>("name", () => FeatureFlagOverrides.Set(null!, true));

    [Fact]
    public void Overrides_never_leak_between_parallel_tasks() =>
        Gen.Bool.Array[2, 16].Sample(values =>
        {
            using var start = new System.Threading.Barrier(values.Length + 1);
            var tasks = values.Select(value => Task.Run(async () =>
            {
                using (FeatureFlagOverrides.Set("overrides_flag", value))
                {
                    start.SignalAndWait();
                    await Task.Yield();
                    return Flag.IsEnabled == value && Flag.IsEnabledFor("k") == value;
                }
            })).ToList();
            var sibling = Task.Run(() =>
            {
                start.SignalAndWait();
                return Flag.IsEnabled;
            });

            Assert.All(tasks, t => Assert.True(t.Result));
            Assert.False(sibling.Result);
        }, iter: 50, threads: 1);

    [Fact]
    public async Task An_override_flows_into_tasks_started_inside_its_scope()
    {
        using (FeatureFlagOverrides.Set("overrides_flag", true))
            Assert.True(await Task.Run(() => Flag.IsEnabled));
    }
}
