using System;
using System.Collections.Generic;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6005: spaces or tabs before a line end. Found by searching the four two-byte endings (" \n", "\t\n", " \r",
/// "\t\r") instead of walking lines. In Markdown exactly two trailing spaces are a hard line break and stay allowed.
/// </summary>
internal sealed class TrailingWhitespaceCheck : IStagedFileCheck
{
    private static readonly byte[][] Endings = { Ascii.Bytes(" \n"), Ascii.Bytes("\t\n"), Ascii.Bytes(" \r"), Ascii.Bytes("\t\r") };

    public BuildRule Rule => BuildRules.TrailingWhitespace;

    public void Check(FileScan scan)
    {
        if (!scan.File.IsText)
            return;
        var content = scan.File.Content.AsSpan();
        var isMarkdown = scan.File.Extension == ".md" || scan.File.Extension == ".markdown";
        List<int>? runStarts = null;
        foreach (var ending in Endings)
        {
            for (var from = 0; from < content.Length;)
            {
                var hit = content.Slice(from).IndexOf(ending);
                if (hit < 0)
                    break;
                var lineEnd = from + hit + 1;
                from = lineEnd + 1;
                AddRun(content, lineEnd, isMarkdown, ref runStarts);
            }
        }

        var last = content.Length;
        if (last > 0 && (content[last - 1] == (byte)' ' || content[last - 1] == (byte)'\t'))
            AddRun(content, last, isMarkdown, ref runStarts);
        if (runStarts is null)
            return;
        runStarts.Sort();
        foreach (var start in runStarts)
            scan.Report(Rule, start, "trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)");
    }

    private static void AddRun(ReadOnlySpan<byte> content, int lineEnd, bool isMarkdown, ref List<int>? runStarts)
    {
        var start = lineEnd;
        while (start > 0 && (content[start - 1] == (byte)' ' || content[start - 1] == (byte)'\t'))
            start--;
        var isHardBreak = isMarkdown && lineEnd - start == 2 && content[start] == (byte)' ' && content[start + 1] == (byte)' ';
        if (!isHardBreak)
            (runStarts ??= new List<int>()).Add(start);
    }
}
