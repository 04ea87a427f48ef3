using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace EmilySovereign;

/// <summary>
/// A flag declared with <c>[assembly: FeatureFlag]</c>, as the generated <c>FeatureFlags</c> reads it. The answer
/// comes, first match wins, from an override (<see cref="FeatureFlagOverrides"/>), the environment
/// (<see cref="FeatureFlagEnvironment"/>), the registered sources (<see cref="FeatureFlagSources"/>), then the
/// declaration. With no override and no source active anywhere, the answer is precomputed: a read is one field and
/// one check.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DeclaredFeatureFlag
{
    /// <summary>Bit 0: the answer without a key; bits 1 and up: the rollout percent plus one (0 for none).</summary>
    private volatile int _fast;
    private volatile int _environment;

    /// <summary>Reads the flag's environment variable (once; see <see cref="FeatureFlagEnvironment.Reload"/>).</summary>
    public DeclaredFeatureFlag(FeatureFlagInfo info)
    {
        Info = info ?? throw new ArgumentNullException(nameof(info));
        ReadEnvironment();
        FeatureFlagEnvironment.Track(this);
    }

    /// <summary>The declaration.</summary>
    public FeatureFlagInfo Info { get; }

    /// <summary>Whether the flag is on (no entity key: a rollout percent from the environment counts only at 100).</summary>
    public bool IsEnabled
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => FeatureFlagSlowPath.Count == 0 ? (_fast & 1) != 0 : Resolve(null);
    }

    /// <summary>Whether the flag is on for <paramref name="entityKey"/>: a rollout percent buckets the key.</summary>
    public bool IsEnabledFor(string? entityKey)
    {
        if (entityKey is null)
            return IsEnabled;
        if (FeatureFlagSlowPath.Count != 0)
            return Resolve(entityKey);

        var fast = _fast;
        var percent = (fast >> 1) - 1;
        return percent < 0 ? (fast & 1) != 0 : FeatureFlagBucket.IsIn(Info.Name, entityKey, percent);
    }

    internal void ReadEnvironment()
    {
        var environment = FeatureFlagEnvironment.Read(Info.Name, Info.EnvironmentVariable);
        int fast;
        if (environment == FeatureFlagEnvironment.On || environment == FeatureFlagEnvironment.Off)
            fast = environment == FeatureFlagEnvironment.On ? 1 : 0;
        else if (environment != FeatureFlagEnvironment.NotSet)
            fast = ((environment + 1) << 1) | (environment >= 100 ? 1 : 0);
        else
            fast = ((Info.RolloutPercent is { } declared ? declared + 1 : 0) << 1) | (Info.Default ? 1 : 0);

        _environment = environment;
        _fast = fast;
    }

    private bool Resolve(string? entityKey)
    {
        if (FeatureFlagOverrides.TryGet(Info.Name, out var overridden))
            return overridden;

        var environment = _environment;
        if (environment == FeatureFlagEnvironment.On || environment == FeatureFlagEnvironment.Off)
            return environment == FeatureFlagEnvironment.On;
        if (environment != FeatureFlagEnvironment.NotSet)
            return entityKey is null ? environment >= 100 : FeatureFlagBucket.IsIn(Info.Name, entityKey, environment);

        if (FeatureFlagSources.Ask(Info, entityKey) is { } sourced)
            return sourced;

        return entityKey is null || Info.RolloutPercent is not { } percent
            ? Info.Default
            : FeatureFlagBucket.IsIn(Info.Name, entityKey, percent);
    }
}
