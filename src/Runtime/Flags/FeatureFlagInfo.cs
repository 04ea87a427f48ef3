using System;

namespace EmilySovereign;

/// <summary>
/// One flag declared with <c>[assembly: FeatureFlag]</c>, as the generated <c>FeatureFlags.All</c> lists it.
/// </summary>
public sealed record class FeatureFlagInfo
{
    /// <summary>Describes one declared flag.</summary>
    /// <param name="name">The flag's name, as declared (<c>gflownet_v2</c>).</param>
    /// <param name="default">The value when no override, environment variable or source sets the flag.</param>
    /// <param name="description">What the flag switches, or null.</param>
    /// <param name="owner">Who decides about the flag, or null.</param>
    /// <param name="expires">The date after which the flag should be removed, or null.</param>
    /// <param name="rolloutPercent">The share of entity keys (0 to 100) that see the flag on, or null when it is not rolled out gradually.</param>
    public FeatureFlagInfo(string name, bool @default, string? description, string? owner, DateOnly? expires, int? rolloutPercent)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Default = @default;
        Description = description;
        Owner = owner;
        Expires = expires;
        RolloutPercent = rolloutPercent is { } percent ? Math.Clamp(percent, 0, 100) : null;
        EnvironmentVariable = FeatureFlagEnvironment.VariableFor(name);
    }

    /// <summary>The flag's name.</summary>
    public string Name { get; }

    /// <summary>The value when no override, environment variable or source sets the flag.</summary>
    public bool Default { get; }

    /// <summary>What the flag switches, for people.</summary>
    public string? Description { get; }

    /// <summary>Who decides about the flag and removes it.</summary>
    public string? Owner { get; }

    /// <summary>The date after which the flag should be removed (ES3003 reports it from then on).</summary>
    public DateOnly? Expires { get; }

    /// <summary>The share of entity keys, 0 to 100, for which <c>IsEnabled(name, entityKey)</c> is on; null for none.</summary>
    public int? RolloutPercent { get; }

    /// <summary>The environment variable that sets the flag: <c>EMILY_FLAG_</c> and the name in upper case.</summary>
    public string EnvironmentVariable { get; }
}
