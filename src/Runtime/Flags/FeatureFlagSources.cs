using System;
using System.Collections.Immutable;
using System.Threading;

namespace EmilySovereign;

/// <summary>The registered <see cref="IFeatureFlagSource"/>s, asked in the order they were added.</summary>
public static class FeatureFlagSources
{
    private static ImmutableArray<Registration> _registrations = ImmutableArray<Registration>.Empty;

    /// <summary>Registers <paramref name="source"/> for the whole process until the returned handle is disposed.</summary>
    public static IDisposable Add(IFeatureFlagSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var registration = new Registration(source);
        ImmutableInterlocked.Update(ref _registrations, static (list, item) => list.Add(item), registration);
        Interlocked.Increment(ref FeatureFlagSlowPath.Count);
        return registration;
    }

    internal static bool? Ask(FeatureFlagInfo flag, string? entityKey)
    {
        foreach (var registration in _registrations)
        {
            if (registration.Source.IsEnabled(flag, entityKey) is { } value)
                return value;
        }

        return null;
    }

    /// <summary>
    /// One <see cref="Add"/>, equal only to itself: disposing it removes this registration, not the first one of an
    /// equal source, so a source added twice keeps its place from the registration that remains.
    /// </summary>
    private sealed class Registration(IFeatureFlagSource source) : IDisposable
    {
        private int _disposed;

        public IFeatureFlagSource Source { get; } = source;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            ImmutableInterlocked.Update(ref _registrations, static (list, item) => list.Remove(item), this);
            Interlocked.Decrement(ref FeatureFlagSlowPath.Count);
        }
    }
}
