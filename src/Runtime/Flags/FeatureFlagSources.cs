using System;
using System.Collections.Immutable;
using System.Threading;

namespace EmilySovereign;

/// <summary>The registered <see cref="IFeatureFlagSource"/>s, asked in the order they were added.</summary>
public static class FeatureFlagSources
{
    private static ImmutableArray<IFeatureFlagSource> _sources = ImmutableArray<IFeatureFlagSource>.Empty;

    /// <summary>Registers <paramref name="source"/> for the whole process until the returned handle is disposed.</summary>
    public static IDisposable Add(IFeatureFlagSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ImmutableInterlocked.Update(ref _sources, static (list, item) => list.Add(item), source);
        Interlocked.Increment(ref FeatureFlagSlowPath.Count);
        return new Registration(source);
    }

    internal static bool? Ask(FeatureFlagInfo flag, string? entityKey)
    {
        foreach (var source in _sources)
        {
            if (source.IsEnabled(flag, entityKey) is { } value)
                return value;
        }

        return null;
    }

    private sealed class Registration(IFeatureFlagSource source) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            ImmutableInterlocked.Update(ref _sources, static (list, item) => list.Remove(item), source);
            Interlocked.Decrement(ref FeatureFlagSlowPath.Count);
        }
    }
}
