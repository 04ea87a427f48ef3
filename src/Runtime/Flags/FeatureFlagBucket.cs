using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace EmilySovereign;

/// <summary>
/// The rollout bucket (0 to 99) of an entity key for a flag: xxHash32 (seed 0) over the UTF-8 bytes of the name, a
/// 0xFF byte (never part of UTF-8, so <c>("ab", "c")</c> and <c>("a", "bc")</c> differ) and the key, then a
/// multiply-shift of the 32-bit hash into 0..99. The same answer in every process, on every machine and in every .NET
/// version (no <see cref="string.GetHashCode()"/>); a key is on for a percent <c>p</c> when its bucket is below
/// <c>p</c>, so raising the percent only ever turns keys on. Lone surrogates are hashed as U+FFFD.
/// </summary>
public static class FeatureFlagBucket
{
    private const uint Prime1 = 2654435761U;
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;
    private const uint Prime5 = 374761393U;
    private const int StackLimit = 512;

    /// <summary>The bucket, 0 to 99, of <paramref name="entityKey"/> for the flag <paramref name="name"/>.</summary>
    public static int Of(string name, string entityKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entityKey);
        var maximum = (name.Length + entityKey.Length) * 3 + 1;
        byte[]? rented = null;
        var buffer = maximum <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maximum));
        var length = Encoding.UTF8.GetBytes(name, buffer);
        buffer[length++] = 0xFF;
        length += Encoding.UTF8.GetBytes(entityKey, buffer.Slice(length));
        var hash = XxHash32(buffer.Slice(0, length));
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        return (int)(((ulong)hash * 100) >> 32);
    }

    /// <summary>Whether <paramref name="entityKey"/> is among the first <paramref name="percent"/> percent of keys.</summary>
    public static bool IsIn(string name, string entityKey, int percent) => percent >= 100 || (percent > 0 && Of(name, entityKey) < percent);

    /// <summary>xxHash32 with seed 0 (the reference algorithm, little-endian lanes): four independent lanes keep it fast.</summary>
    internal static uint XxHash32(ReadOnlySpan<byte> data)
    {
        var length = data.Length;
        uint hash;
        if (length >= 16)
        {
            uint v1 = unchecked(Prime1 + Prime2), v2 = Prime2, v3 = 0, v4 = unchecked(0 - Prime1);
            while (data.Length >= 16)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt32LittleEndian(data));
                v2 = Round(v2, BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(4)));
                v3 = Round(v3, BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(8)));
                v4 = Round(v4, BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(12)));
                data = data.Slice(16);
            }

            hash = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
        }
        else
        {
            hash = Prime5;
        }

        hash += (uint)length;
        while (data.Length >= 4)
        {
            hash = BitOperations.RotateLeft(hash + (BinaryPrimitives.ReadUInt32LittleEndian(data) * Prime3), 17) * Prime4;
            data = data.Slice(4);
        }

        foreach (var b in data)
            hash = BitOperations.RotateLeft(hash + (b * Prime5), 11) * Prime1;

        hash ^= hash >> 15;
        hash *= Prime2;
        hash ^= hash >> 13;
        hash *= Prime3;
        hash ^= hash >> 16;
        return hash;
    }

    private static uint Round(uint accumulator, uint lane) => BitOperations.RotateLeft(accumulator + (lane * Prime2), 13) * Prime1;
}
