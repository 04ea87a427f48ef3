namespace EmilySovereign;

/// <summary>
/// A source of flag values that sits between the environment and the declared default: an adapter to
/// Microsoft.FeatureManagement, OpenFeature or a remote store (docs/feature-flags.md shows one). Register it with
/// <see cref="FeatureFlagSources.Add"/>.
/// </summary>
public interface IFeatureFlagSource
{
    /// <summary>
    /// The value of <paramref name="flag"/> for <paramref name="entityKey"/> (null for a read without a key), or null
    /// to let the next source, then the declared default, answer. Called on every read while the source is registered:
    /// it should answer from memory. An exception it throws reaches the caller of the read.
    /// </summary>
    bool? IsEnabled(FeatureFlagInfo flag, string? entityKey);
}
