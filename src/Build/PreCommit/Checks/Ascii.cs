using System;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>Byte-level helpers for scanning UTF-8 text without decoding it.</summary>
internal static class Ascii
{
    public static byte[] Bytes(string ascii)
    {
        var bytes = new byte[ascii.Length];
        for (var i = 0; i < ascii.Length; i++)
            bytes[i] = (byte)ascii[i];
        return bytes;
    }

    public static bool IsLineStart(ReadOnlySpan<byte> content, int offset) =>
        offset == 0 || content[offset - 1] == (byte)'\n' || content[offset - 1] == (byte)'\r';

    /// <summary>True at the end of the content or of a line.</summary>
    public static bool IsLineEnd(ReadOnlySpan<byte> content, int offset) =>
        offset >= content.Length || content[offset] == (byte)'\n' || content[offset] == (byte)'\r';

    public static bool IsAsciiLetterOrDigit(byte b) =>
        (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsUpperOrDigit(byte b) => (uint)(b - '0') <= 9 || (uint)(b - 'A') <= 'Z' - 'A';

    public static bool IsBase64(byte b) => IsAsciiLetterOrDigit(b) || b == (byte)'+' || b == (byte)'/';

    public static bool IsBase64Url(byte b) => IsAsciiLetterOrDigit(b) || b == (byte)'-' || b == (byte)'_';

    /// <summary>How many bytes from <paramref name="start"/> satisfy <paramref name="predicate"/>.</summary>
    public static int RunLength(ReadOnlySpan<byte> content, int start, Func<byte, bool> predicate)
    {
        var i = start;
        while (i < content.Length && predicate(content[i]))
            i++;
        return i - start;
    }

    /// <summary>ASCII case-insensitive "contains" for a lower-case needle.</summary>
    public static bool ContainsLowerCase(ReadOnlySpan<byte> haystack, string lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < lowerNeedle.Length && ToLower(haystack[i + j]) == lowerNeedle[j])
                j++;
            if (j == lowerNeedle.Length)
                return true;
        }

        return false;
    }

    public static byte ToLower(byte b) => (uint)(b - 'A') <= 'Z' - 'A' ? (byte)(b | 0x20) : b;

    public static string ToText(ReadOnlySpan<byte> utf8) => System.Text.Encoding.UTF8.GetString(utf8.ToArray());
}
