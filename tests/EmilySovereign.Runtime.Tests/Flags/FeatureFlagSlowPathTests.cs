using System;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>The count of active overrides and sources that sends reads through the full order instead of the precomputed answer.</summary>
public sealed class FeatureFlagSlowPathTests
{
    [Theory]
    [InlineData("override")]
    [InlineData("source")]
    public void Each_override_and_source_counts_once_and_disposing_it_twice_uncounts_it_once(string kind)
    {
        Func<IDisposable> register = kind == "override"
            ? () => FeatureFlagOverrides.Set("slow_path_flag", true)
            : () => FeatureFlagSources.Add(new Silent());
        var before = FeatureFlagSlowPath.Count;
        var first = register();
        Assert.Equal(before + 1, FeatureFlagSlowPath.Count);
        var second = register();
        Assert.Equal(before + 2, FeatureFlagSlowPath.Count);

        second.Dispose();
        Assert.Equal(before + 1, FeatureFlagSlowPath.Count);
        second.Dispose();
        Assert.Equal(before + 1, FeatureFlagSlowPath.Count);
        first.Dispose();
        Assert.Equal(before, FeatureFlagSlowPath.Count);
    }

    private sealed class Silent : IFeatureFlagSource
    {
        public bool? IsEnabled(FeatureFlagInfo flag, string? entityKey) => null;
    }
}
