using System;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6007: a file that mixes CRLF with LF (or lone CR) line ends. Reports the first line whose ending differs from
/// the file's majority. Files without any CR, the usual case, cost one vectorized search.
/// </summary>
internal sealed class LineEndingsCheck : IStagedFileCheck
{
    public BuildRule Rule => BuildRules.MixedLineEndings;

    public void Check(FileScan scan)
    {
        if (!scan.File.IsText)
            return;
        var content = scan.File.Content.AsSpan();
        if (content.IndexOf((byte)'\r') < 0)
            return;

        int crlf = 0, lf = 0, cr = 0;
        int firstCrlf = -1, firstLf = -1, firstCr = -1;
        for (var from = 0; from < content.Length;)
        {
            var hit = content.Slice(from).IndexOfAny((byte)'\r', (byte)'\n');
            if (hit < 0)
                break;
            var at = from + hit;
            if (content[at] == (byte)'\n')
            {
                Count(ref lf, ref firstLf, at);
                from = at + 1;
            }
            else if (at + 1 < content.Length && content[at + 1] == (byte)'\n')
            {
                Count(ref crlf, ref firstCrlf, at);
                from = at + 2;
            }
            else
            {
                Count(ref cr, ref firstCr, at);
                from = at + 1;
            }
        }

        var kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds < 2)
            return;
        var majority = crlf >= lf && crlf >= cr ? "CRLF" : lf >= cr ? "LF" : "CR";
        var (offset, kind) = FirstMinority(majority, firstCrlf, firstLf, firstCr);
        scan.Report(
            Rule,
            offset,
            $"mixed line endings ({crlf} CRLF, {lf} LF, {cr} CR): this line ends with {kind}; use {majority} throughout " +
            "(a .gitattributes 'text eol=...' rule keeps them consistent)");
    }

    private static void Count(ref int count, ref int first, int at)
    {
        if (count++ == 0)
            first = at;
    }

    private static (int Offset, string Kind) FirstMinority(string majority, int crlf, int lf, int cr)
    {
        var best = (Offset: int.MaxValue, Kind: "");
        if (majority != "CRLF" && crlf >= 0 && crlf < best.Offset)
            best = (crlf, "CRLF");
        if (majority != "LF" && lf >= 0 && lf < best.Offset)
            best = (lf, "LF");
        if (majority != "CR" && cr >= 0 && cr < best.Offset)
            best = (cr, "CR");
        return best;
    }
}
