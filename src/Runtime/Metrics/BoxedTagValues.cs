using System.ComponentModel;

namespace EmilySovereign.Metrics;

/// <summary>
/// Boxed tag values the generated metric methods reuse: a tag is a <c>KeyValuePair&lt;string, object?&gt;</c>, so a
/// <c>bool</c>, <c>int</c> or <c>long</c> tag would otherwise be boxed on every call. Both booleans and the integers
/// from <see cref="SmallestCached"/> to <see cref="LargestCached"/> (counts, shards, HTTP status codes) are boxed once
/// per process, on first use; other integers are boxed per call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BoxedTagValues
{
    /// <summary>The smallest integer whose box is kept.</summary>
    public const int SmallestCached = -128;

    /// <summary>The largest integer whose box is kept.</summary>
    public const int LargestCached = 1023;

    private const int Count = LargestCached - SmallestCached + 1;
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>The one box of <paramref name="value"/>.</summary>
    public static object Of(bool value) => value ? True : False;

    /// <summary>A kept box of <paramref name="value"/> when it is in the cached range, else a new one.</summary>
    public static object Of(int value)
    {
        var index = unchecked((uint)(value - SmallestCached));
        // Two threads may both box a value the first time; either box is equal, and later calls reuse the stored one.
        return index < Count ? Int32Boxes.Values[index] ??= value : value;
    }

    /// <inheritdoc cref="Of(int)"/>
    public static object Of(long value)
    {
        var index = unchecked((ulong)(value - SmallestCached));
        return index < Count ? Int64Boxes.Values[index] ??= value : value;
    }

    // One holder per type, so a process that only tags with int never allocates the long table.
    private static class Int32Boxes
    {
        internal static readonly object?[] Values = new object?[Count];
    }

    private static class Int64Boxes
    {
        internal static readonly object?[] Values = new object?[Count];
    }
}
