using System.Collections.Generic;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>Runs one check on one in-memory file: no git and no other checks, so exact findings and messages show.</summary>
internal static class SingleCheck
{
    public static IReadOnlyList<Finding> Run(IStagedFileCheck check, string path, string text)
    {
        var scan = new FileScan(StagedFile.FromText(path, text));
        check.Check(scan);
        return scan.Findings;
    }
}
