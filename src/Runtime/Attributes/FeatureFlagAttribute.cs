using System;

namespace EmilySovereign;

/// <summary>
/// Declares the feature flag <see cref="Name"/> for the assembly. The generator turns every declared flag into a
/// <c>FeatureFlags.&lt;PascalName&gt;</c> property, and the analyzers check every <c>FeatureFlags.IsEnabled("...")</c>
/// against the declared names.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class FeatureFlagAttribute : Attribute
{
    /// <summary>Declares the flag <paramref name="name"/>, such as <c>gflownet_v2</c>.</summary>
    /// <param name="name">The flag's name: letters, digits and underscores.</param>
    public FeatureFlagAttribute(string name) => Name = name;

    /// <summary>The flag's name.</summary>
    public string Name { get; }

    /// <summary>The value when neither an override nor the environment sets the flag.</summary>
    public bool Default { get; set; }

    /// <summary>What the flag switches, for people.</summary>
    public string? Description { get; set; }

    /// <summary>Who decides about the flag and removes it.</summary>
    public string? Owner { get; set; }

    /// <summary>The date (<c>yyyy-MM-dd</c>) after which the flag should be removed; ES3003 reports it then.</summary>
    public string? Expires { get; set; }

    /// <summary>
    /// The share of entity keys, 0 to 100, for which the flag is on in <c>IsEnabled(name, entityKey)</c>;
    /// -1 (the default) means the flag is not rolled out gradually.
    /// </summary>
    public int RolloutPercent { get; set; } = -1;
}
