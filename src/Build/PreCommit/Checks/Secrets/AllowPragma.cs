using System;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// The inline marker for false positives, as detect-secrets spells it: <c>pragma: allowlist secret</c> on the line,
/// or <c>pragma: allowlist nextline secret</c> on the line before.
/// </summary>
internal static class AllowPragma
{
    private static readonly byte[] SameLine = Ascii.Bytes("pragma: allowlist secret");
    private static readonly byte[] NextLine = Ascii.Bytes("pragma: allowlist nextline secret");

    public static bool Allows(ReadOnlySpan<byte> content, int offset)
    {
        var start = LineMap.LineStart(content, offset);
        var end = LineMap.LineEnd(content, offset);
        if (content.Slice(start, end - start).IndexOf(SameLine) >= 0)
            return true;
        if (start == 0)
            return false;
        // The line before, up to its '\n' (a '\r' before it is part of no marker, so it needs no trimming).
        var previousStart = LineMap.LineStart(content, start - 1);
        return content.Slice(previousStart, start - 1 - previousStart).IndexOf(NextLine) >= 0;
    }
}
