using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.FeatureManagement;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>
/// The adapter docs/feature-flags.md shows: Microsoft.FeatureManagement in front of the declared defaults. It lives
/// in the tests because the runtime takes no dependency on it.
/// </summary>
public sealed class FeatureManagementSourceTests
{
    [Fact]
    public void FeatureManagement_answers_between_the_environment_and_the_default()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FeatureManagement:fm_on"] = "true", ["FeatureManagement:fm_off"] = "false" })
            .Build();
        var manager = new FeatureManager(new ConfigurationFeatureDefinitionProvider(configuration));
        var on = new DeclaredFeatureFlag(new FeatureFlagInfo("fm_on", false, null, null, null, null));
        var off = new DeclaredFeatureFlag(new FeatureFlagInfo("fm_off", true, null, null, null, null));
        var unknown = new DeclaredFeatureFlag(new FeatureFlagInfo("fm_unknown", true, null, null, null, null));

        using (FeatureFlagSources.Add(new FeatureManagementSource(manager)))
        {
            Assert.True(on.IsEnabled);
            Assert.False(off.IsEnabled);
            Assert.True(unknown.IsEnabled);
            using (FeatureFlagOverrides.Set("fm_on", false))
                Assert.False(on.IsEnabled);
        }

        Assert.False(on.IsEnabled);
        Assert.True(off.IsEnabled);
    }

    /// <summary>Asks Microsoft.FeatureManagement about the flags its configuration defines, and passes on the others.</summary>
    private sealed class FeatureManagementSource(FeatureManager manager) : IFeatureFlagSource
    {
        private readonly HashSet<string> _defined = new(Names(manager));

        public bool? IsEnabled(FeatureFlagInfo flag, string? entityKey) =>
            _defined.Contains(flag.Name) ? manager.IsEnabledAsync(flag.Name).GetAwaiter().GetResult() : null;

        private static IEnumerable<string> Names(FeatureManager manager)
        {
            var names = new List<string>();
            var enumerator = manager.GetFeatureNamesAsync().GetAsyncEnumerator();
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                names.Add(enumerator.Current);
            return names;
        }
    }
}
