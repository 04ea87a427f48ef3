using System;
using System.Threading;

namespace EmilySovereign;

/// <summary>
/// In-process overrides, the first thing a flag read consults. An override holds for the code that runs in the
/// scope's async flow, from <see cref="Set"/> until the scope is disposed: it flows into tasks started inside the
/// scope and never into sibling tasks, so parallel tests can each set their own flags.
/// </summary>
/// <example><code>using (FeatureFlagOverrides.Set("gflownet_v2", true)) { Assert.True(FeatureFlags.GflownetV2); }</code></example>
public static class FeatureFlagOverrides
{
    private static readonly AsyncLocal<Entry?> Current = new();

    /// <summary>Sets the flag <paramref name="name"/> to <paramref name="enabled"/> until the returned scope is disposed.</summary>
    /// <remarks>Dispose the scope in the flow that created it (a <c>using</c> does); inner scopes win over outer ones.</remarks>
    public static IDisposable Set(string name, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(name);
        var previous = Current.Value;
        Current.Value = new Entry(name, enabled, previous);
        Interlocked.Increment(ref FeatureFlagSlowPath.Count);
        return new Scope(previous);
    }

    /// <summary>The override of <paramref name="name"/> in the current flow, if there is one.</summary>
    internal static bool TryGet(string name, out bool enabled)
    {
        for (var entry = Current.Value; entry is not null; entry = entry.Parent)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                enabled = entry.Enabled;
                return true;
            }
        }

        enabled = false;
        return false;
    }

    /// <summary>Immutable, so a task that captured the flow keeps seeing the overrides it started with.</summary>
    private sealed class Entry(string name, bool enabled, Entry? parent)
    {
        public string Name { get; } = name;

        public bool Enabled { get; } = enabled;

        public Entry? Parent { get; } = parent;
    }

    private sealed class Scope(Entry? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            Current.Value = previous;
            Interlocked.Decrement(ref FeatureFlagSlowPath.Count);
        }
    }
}
