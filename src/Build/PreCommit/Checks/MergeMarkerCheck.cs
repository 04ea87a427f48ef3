using System;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6001: lines git writes into conflicted files. <c>=======</c> alone is also a Markdown/RST heading underline, so
/// it only counts in a file that also has an opening or closing marker.
/// </summary>
internal sealed class MergeMarkerCheck : IStagedFileCheck
{
    private static readonly byte[] Ours = Ascii.Bytes("<<<<<<<");
    private static readonly byte[] Base = Ascii.Bytes("|||||||");
    private static readonly byte[] Theirs = Ascii.Bytes(">>>>>>>");
    private static readonly byte[] Separator = Ascii.Bytes("=======");

    public BuildRule Rule => BuildRules.MergeMarker;

    public void Check(FileScan scan)
    {
        if (!scan.File.IsText)
            return;
        var content = scan.File.Content.AsSpan();
        var found = Find(scan, content, Ours, requireBareLine: false);
        found |= Find(scan, content, Base, requireBareLine: false);
        found |= Find(scan, content, Theirs, requireBareLine: false);
        if (found)
            Find(scan, content, Separator, requireBareLine: true);
    }

    private bool Find(FileScan scan, ReadOnlySpan<byte> content, byte[] marker, bool requireBareLine)
    {
        var found = false;
        var from = 0;
        while (from < content.Length)
        {
            var hit = content.Slice(from).IndexOf(marker);
            if (hit < 0)
                break;
            var at = from + hit;
            var after = at + marker.Length;
            var endsWell = Ascii.IsLineEnd(content, after) || (!requireBareLine && content[after] == (byte)' ');
            if (Ascii.IsLineStart(content, at) && endsWell)
            {
                found = true;
                scan.Report(Rule, at, $"merge conflict marker '{Ascii.ToText(marker)}': resolve the conflict before committing");
            }

            // Skip the whole run so "<<<<<<<<<<" is looked at once.
            from = after;
            while (from < content.Length && content[from] == marker[0])
                from++;
        }

        return found;
    }
}
