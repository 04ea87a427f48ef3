using System;

namespace EmilySovereign;

/// <summary>
/// The rollout bucket (0 to 99) of an entity key for a flag: FNV-1a over the UTF-8 bytes of the name, a 0xFF byte
/// (never part of UTF-8) and the key, then the MurmurHash3 finalizer so every bit counts, then a multiply-shift into
/// 0..99. The same answer in every process, on every machine and in every .NET version (no
/// <see cref="string.GetHashCode()"/>); a key is on for a percent <c>p</c> when its bucket is below <c>p</c>, so raising
/// the percent only ever turns keys on.
/// </summary>
public static class FeatureFlagBucket
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The bucket, 0 to 99, of <paramref name="entityKey"/> for the flag <paramref name="name"/>.</summary>
    public static int Of(string name, string entityKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entityKey);
        var hash = Add(OffsetBasis, name);
        hash = (hash ^ 0xFF) * Prime;
        hash = Add(hash, entityKey);
        return (int)(((ulong)Mix(hash) * 100) >> 32);
    }

    /// <summary>Whether <paramref name="entityKey"/> is among the first <paramref name="percent"/> percent of keys.</summary>
    public static bool IsIn(string name, string entityKey, int percent) => percent >= 100 || (percent > 0 && Of(name, entityKey) < percent);

    /// <summary>Hashes the UTF-8 encoding of <paramref name="text"/> without allocating; lone surrogates count as U+FFFD.</summary>
    private static uint Add(uint hash, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                hash = (hash ^ (uint)c) * Prime;
                continue;
            }

            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                c = char.ConvertToUtf32((char)c, text[++i]);
            else if (char.IsSurrogate((char)c))
                c = 0xFFFD;

            if (c < 0x800)
            {
                hash = (hash ^ (uint)(0xC0 | (c >> 6))) * Prime;
            }
            else if (c < 0x10000)
            {
                hash = (hash ^ (uint)(0xE0 | (c >> 12))) * Prime;
                hash = (hash ^ (uint)(0x80 | ((c >> 6) & 0x3F))) * Prime;
            }
            else
            {
                hash = (hash ^ (uint)(0xF0 | (c >> 18))) * Prime;
                hash = (hash ^ (uint)(0x80 | ((c >> 12) & 0x3F))) * Prime;
                hash = (hash ^ (uint)(0x80 | ((c >> 6) & 0x3F))) * Prime;
            }

            hash = (hash ^ (uint)(0x80 | (c & 0x3F))) * Prime;
        }

        return hash;
    }

    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return hash;
    }
}
