using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>ES6006: a non-empty text file whose last line has no line end (diffs then show "No newline at end of file").</summary>
internal sealed class FinalNewlineCheck : IStagedFileCheck
{
    public BuildRule Rule => BuildRules.FinalNewline;

    public void Check(FileScan scan)
    {
        var content = scan.File.Content;
        if (!scan.File.IsText || content.Length == 0)
            return;
        var last = content[content.Length - 1];
        if (last != (byte)'\n' && last != (byte)'\r')
            scan.Report(Rule, content.Length, "no newline at the end of the file: end the last line with a line break");
    }
}
