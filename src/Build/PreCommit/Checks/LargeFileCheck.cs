using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>ES6004: blobs over the size limit (default 500 KB), which bloat every clone forever.</summary>
internal sealed class LargeFileCheck : IStagedFileCheck
{
    private readonly long _limitBytes;

    public LargeFileCheck(long limitBytes) => _limitBytes = limitBytes;

    public BuildRule Rule => BuildRules.LargeFile;

    public void Check(FileScan scan)
    {
        var size = scan.File.Size;
        if (size <= _limitBytes)
            return;
        scan.ReportAt(
            Rule,
            1,
            1,
            $"file is {(size + 1023) / 1024} KB, over the {_limitBytes / 1024} KB limit: keep it out of git (Git LFS, a package, " +
            "or a download at build time) or raise EmilySovereignMaxFileSizeKB");
    }
}
