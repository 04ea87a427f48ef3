using System;

namespace EmilySovereign;

/// <summary>
/// Declares the feature flag <see cref="Name"/> for the assembly. The generator turns every declared flag into a
/// <c>FeatureFlags.&lt;PascalName&gt;</c> property of the project's root namespace, and the analyzers check every
/// constant name given to <c>FeatureFlags.IsEnabled</c> against the declared names (ES3001) and every declaration
/// (ES3002–ES3006). See docs/feature-flags.md.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class FeatureFlagAttribute : Attribute
{
    /// <summary>Declares the flag <paramref name="name"/>, such as <c>gflownet_v2</c>.</summary>
    /// <param name="name">
    /// The flag's name: ASCII letters, digits, <c>_</c>, <c>-</c> and <c>.</c> (ES3006). It is read from the environment
    /// variable <c>EMILY_FLAG_&lt;NAME&gt;</c> and through the property <c>FeatureFlags.&lt;PascalName&gt;</c>.
    /// </param>
    public FeatureFlagAttribute(string name) => Name = name;

    /// <summary>The flag's name.</summary>
    public string Name { get; }

    /// <summary>The value when neither an override, the environment nor a registered source sets the flag.</summary>
    public bool Default { get; set; }

    /// <summary>What the flag switches, for people; it becomes the property's XML documentation.</summary>
    public string? Description { get; set; }

    /// <summary>Who decides about the flag and removes it.</summary>
    public string? Owner { get; set; }

    /// <summary>
    /// The last day (<c>yyyy-MM-dd</c>, ES3004) the flag should live; from the day after, ES3003 warns. The build's date
    /// comes from the MSBuild property <c>EmilySovereignToday</c>, which a build can pin.
    /// </summary>
    public string? Expires { get; set; }

    /// <summary>
    /// The share of entity keys, 0 to 100 (ES3005), for which the flag is on in <c>IsEnabled(name, entityKey)</c>;
    /// -1 (the default) means the flag is not rolled out gradually. Reads without a key answer <see cref="Default"/>.
    /// </summary>
    public int RolloutPercent { get; set; } = -1;
}
