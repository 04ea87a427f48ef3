using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EmilySovereign.Attention;

/// <summary>Binary hypervectors of <see cref="Dimension"/> bits stored as <see cref="Words"/> <see cref="ulong"/>s.</summary>
public static class Hypervector
{
    /// <summary>Bits per hypervector.</summary>
    public const int Dimension = 10_000;

    /// <summary>64-bit words per hypervector; the last word uses only its low <see cref="Dimension"/> % 64 bits.</summary>
    public const int Words = (Dimension + 63) / 64;

    /// <summary>The valid bits of the last word; the others are always zero.</summary>
    internal const ulong LastWordMask = (1UL << (Dimension % 64)) - 1;

    /// <summary>How many bits differ between <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <param name="left">A hypervector of <see cref="Words"/> words.</param>
    /// <param name="right">A hypervector of <see cref="Words"/> words.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int HammingDistance(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("Hypervectors of different lengths have no Hamming distance.", nameof(right));
        }

        // Four independent sums keep the popcount units busy instead of waiting on one add chain; references
        // instead of indexers, because two spans indexed together keep their bounds checks.
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        var length = (nuint)left.Length;
        nuint i = 0;
        int a = 0, b = 0, c = 0, d = 0;
        for (; i + 4 <= length; i += 4)
        {
            a += BitOperations.PopCount(Unsafe.Add(ref l, i) ^ Unsafe.Add(ref r, i));
            b += BitOperations.PopCount(Unsafe.Add(ref l, i + 1) ^ Unsafe.Add(ref r, i + 1));
            c += BitOperations.PopCount(Unsafe.Add(ref l, i + 2) ^ Unsafe.Add(ref r, i + 2));
            d += BitOperations.PopCount(Unsafe.Add(ref l, i + 3) ^ Unsafe.Add(ref r, i + 3));
        }

        for (; i < length; i++)
        {
            a += BitOperations.PopCount(Unsafe.Add(ref l, i) ^ Unsafe.Add(ref r, i));
        }

        return a + b + c + d;
    }

    /// <summary>A random hypervector, the same for the same <paramref name="random"/> state.</summary>
    internal static ulong[] Random(Random random)
    {
        var vector = new ulong[Words];
        for (var i = 0; i < Words; i++)
        {
            vector[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
        }

        vector[Words - 1] &= LastWordMask;
        return vector;
    }
}
