using System;
using System.Threading;
using CsCheck;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>
/// What a declared flag answers: an override, then the environment, then the sources, then the declaration (a rollout
/// percent buckets keys: on below the percent, off at it). The precomputed read and the full order answer alike.
/// </summary>
public sealed class DeclaredFeatureFlagTests
{
    private static int _names;

    [Fact]
    public void Every_read_answers_as_the_documented_order_on_both_paths() =>
        Gen.Select(Gen.Bool, Gen.Int[-1, 100], Gen.Int[-3, 100], Gen.Bool, Gen.String).Sample((@default, rollout, environment, percentSign, key) =>
        {
            var declared = rollout < 0 ? (int?)null : rollout;
            var name = UniqueName();
            using var variable = new FlagVariable(name, EnvironmentText(environment, percentSign));
            var flag = Flag(name, @default, declared);

            foreach (var read in KeysAround(name, declared, environment, key))
                Assert.Equal(Answers.All(Expected(name, @default, declared, Code(environment), read)), Answers.Of(flag, read));
        }, iter: 400, threads: 1);

    [Fact]
    public void An_override_beats_the_environment_the_sources_and_the_declaration() =>
        Gen.Select(Gen.Bool, Gen.Int[-1, 100], Gen.Int[-3, 100], Gen.Bool, Gen.String).Sample((overridden, rollout, environment, sourced, key) =>
        {
            var name = UniqueName();
            using var variable = new FlagVariable(name, EnvironmentText(environment, percentSign: true));
            var flag = Flag(name, !overridden, rollout < 0 ? null : rollout);

            using (FeatureFlagSources.Add(new Fixed(name, sourced)))
            using (FeatureFlagOverrides.Set(name, overridden))
            {
                Assert.Equal(overridden, flag.IsEnabled);
                Assert.Equal(overridden, flag.IsEnabledFor(null));
                Assert.Equal(overridden, flag.IsEnabledFor(key));
                Assert.Equal(overridden, flag.IsEnabledFor(BucketKeys.In(name, 0)));
                Assert.Equal(overridden, flag.IsEnabledFor(BucketKeys.In(name, 99)));
            }
        }, iter: 200, threads: 1);

    [Fact]
    public void A_source_answers_where_the_environment_is_silent_and_before_the_declaration() =>
        Gen.Select(Gen.Bool, Gen.Int[-1, 100], Gen.Int[-3, 100], Gen.Bool, Gen.String).Sample((sourced, rollout, environment, percentSign, key) =>
        {
            var declared = rollout < 0 ? (int?)null : rollout;
            var name = UniqueName();
            using var variable = new FlagVariable(name, EnvironmentText(environment, percentSign));
            var flag = Flag(name, !sourced, declared);

            using (FeatureFlagSources.Add(new Fixed(name, sourced)))
            {
                foreach (var read in KeysAround(name, declared, environment, key))
                {
                    var expected = Code(environment) == FeatureFlagEnvironment.NotSet ? sourced : Expected(name, !sourced, declared, Code(environment), read);
                    Assert.Equal(expected, flag.IsEnabledFor(read));
                }
            }
        }, iter: 200, threads: 1);

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("false", true, false)]
    [InlineData("1", false, true)]
    [InlineData("0", true, false)]
    public void A_switch_in_the_environment_beats_a_source_and_the_declaration(string text, bool sourced, bool expected)
    {
        var name = UniqueName();
        using var variable = new FlagVariable(name, text);
        var flag = Flag(name, sourced, 50);

        Assert.Equal(expected, flag.IsEnabled);
        Assert.Equal(expected, flag.IsEnabledFor(BucketKeys.In(name, 0)));
        Assert.Equal(expected, flag.IsEnabledFor(BucketKeys.In(name, 99)));
        using (FeatureFlagSources.Add(new Fixed(name, sourced)))
        {
            Assert.Equal(expected, flag.IsEnabled);
            Assert.Equal(expected, flag.IsEnabledFor(BucketKeys.In(name, 0)));
            Assert.Equal(expected, flag.IsEnabledFor(BucketKeys.In(name, 99)));
        }
    }

    [Fact]
    public void A_source_beats_the_declaration_and_gets_the_key()
    {
        var name = UniqueName();
        var flag = Flag(name, false, 0);
        var source = new Fixed(name, true);

        using (FeatureFlagSources.Add(source))
        {
            Assert.True(flag.IsEnabled);
            Assert.Null(source.LastKey);
            Assert.True(flag.IsEnabledFor("user-7"));
            Assert.Equal("user-7", source.LastKey);
        }

        Assert.False(flag.IsEnabledFor("user-7"));
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(0, true, false)]
    [InlineData(100, false, true)]
    [InlineData(100, true, true)]
    public void A_rollout_of_zero_enables_no_key_and_100_every_key_and_a_read_without_a_key_keeps_the_default(int rollout, bool @default, bool keyed)
    {
        var name = UniqueName();
        var flag = Flag(name, @default, rollout);

        Assert.Equal(Answers.All(@default), Answers.Of(flag, null));
        Assert.Equal(Answers.All(keyed), Answers.Of(flag, ""));
        for (var bucket = 0; bucket < 100; bucket++)
            Assert.Equal(Answers.All(keyed), Answers.Of(flag, BucketKeys.In(name, bucket)));
    }

    [Fact]
    public void A_key_is_on_below_the_rollout_percent_and_off_at_it() =>
        Gen.Int[1, 99].Sample(percent =>
        {
            var name = UniqueName();
            var flag = Flag(name, true, percent);

            Assert.Equal(Answers.All(true), Answers.Of(flag, BucketKeys.In(name, percent - 1)));
            Assert.Equal(Answers.All(false), Answers.Of(flag, BucketKeys.In(name, percent)));
        }, iter: 100, threads: 1);

    [Theory]
    [InlineData("100", true)]
    [InlineData("100%", true)]
    [InlineData("99", false)]
    [InlineData("99%", false)]
    [InlineData("0%", false)]
    public void An_environment_percent_is_on_without_a_key_only_at_100(string text, bool expected)
    {
        var name = UniqueName();
        using var variable = new FlagVariable(name, text);
        var flag = Flag(name, !expected, null);

        Assert.Equal(Answers.All(expected), Answers.Of(flag, null));
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(0, 0)]
    [InlineData(100, 100)]
    [InlineData(250, 100)]
    public void A_declared_percent_outside_0_to_100_is_clamped(int declared, int clamped) =>
        Assert.Equal(clamped, new FeatureFlagInfo("clamped", false, null, null, null, declared).RolloutPercent);

    [Fact]
    public void An_expired_flag_still_answers_its_declaration()
    {
        var name = UniqueName();
        var flag = new DeclaredFeatureFlag(new FeatureFlagInfo(name, true, null, null, new DateOnly(2000, 1, 1), null));

        Assert.Equal(Answers.All(true), Answers.Of(flag, null));
        Assert.Equal(Answers.All(true), Answers.Of(flag, "user-1"));
    }

    [Fact]
    public void A_missing_declaration_or_name_is_refused()
    {
        Assert.Throws<ArgumentNullException>("info", () => new DeclaredFeatureFlag(null!));
        Assert.Throws<ArgumentNullException>("name", () => new FeatureFlagInfo(null!, false, null, null, null, null));
    }

    /// <summary>The documented answer, computed from the bucket alone.</summary>
    private static bool Expected(string name, bool @default, int? rollout, int environment, string? key) => environment switch
    {
        FeatureFlagEnvironment.On => true,
        FeatureFlagEnvironment.Off => false,
        FeatureFlagEnvironment.NotSet => key is null || rollout is not { } percent ? @default : FeatureFlagBucket.Of(name, key) < percent,
        _ => key is null ? environment == 100 : FeatureFlagBucket.Of(name, key) < environment,
    };

    /// <summary>-3: not set, -2: true, -1: false, 0 to 100: a percent (2 to 100 also without the sign).</summary>
    private static string? EnvironmentText(int environment, bool percentSign) => environment switch
    {
        -3 => null,
        -2 => "true",
        -1 => "false",
        _ => percentSign || environment < 2 ? $"{environment}%" : $"{environment}",
    };

    /// <summary>What <see cref="EnvironmentText"/> stands for, as the environment reader gives it.</summary>
    private static int Code(int environment) => environment switch
    {
        -3 => FeatureFlagEnvironment.NotSet,
        -2 => FeatureFlagEnvironment.On,
        -1 => FeatureFlagEnvironment.Off,
        _ => environment,
    };

    /// <summary>The keys whose answers differ if the boundary moves by one: either side of the percent in force.</summary>
    private static string?[] KeysAround(string name, int? rollout, int environment, string key)
    {
        var percent = environment is >= 0 and <= 100 ? environment : rollout ?? 50;
        return [null, "", key, BucketKeys.In(name, Math.Max(percent - 1, 0)), BucketKeys.In(name, Math.Min(percent, 99))];
    }

    private static string UniqueName() => "declared_" + Interlocked.Increment(ref _names);

    private static DeclaredFeatureFlag Flag(string name, bool @default, int? rollout) =>
        new(new FeatureFlagInfo(name, @default, null, null, null, rollout));

    /// <summary>One read on the precomputed path, one in the full order with an unrelated override, one with a silent source.</summary>
    private readonly record struct Answers(bool Precomputed, bool BesideAnOverride, bool BesideASource)
    {
        public static Answers All(bool value) => new(value, value, value);

        public static Answers Of(DeclaredFeatureFlag flag, string? key)
        {
            Assert.Equal(0, FeatureFlagSlowPath.Count);
            var precomputed = Read(flag, key);
            bool besideAnOverride, besideASource;
            using (FeatureFlagOverrides.Set("declared_unrelated", true))
                besideAnOverride = Read(flag, key);
            using (FeatureFlagSources.Add(new Fixed("declared_unrelated", true)))
                besideASource = Read(flag, key);
            return new(precomputed, besideAnOverride, besideASource);
        }

        private static bool Read(DeclaredFeatureFlag flag, string? key)
        {
            var answer = flag.IsEnabledFor(key);
            if (key is null)
                Assert.Equal(answer, flag.IsEnabled);
            return answer;
        }
    }

    /// <summary>Answers <paramref name="value"/> for the flag <paramref name="name"/> and passes on every other.</summary>
    private sealed class Fixed(string name, bool value) : IFeatureFlagSource
    {
        public string? LastKey { get; private set; }

        public bool? IsEnabled(FeatureFlagInfo flag, string? entityKey)
        {
            if (flag.Name != name)
                return null;
            LastKey = entityKey;
            return value;
        }
    }
}
