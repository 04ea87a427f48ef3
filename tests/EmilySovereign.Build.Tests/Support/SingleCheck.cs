using System.Collections.Generic;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>
/// Runs one check on one in-memory file, without git or the engine, so the findings come in the order the check
/// reports them (the engine sorts them).
/// </summary>
internal static class SingleCheck
{
    public static IReadOnlyList<Finding> Run(IStagedFileCheck check, string path, string text) =>
        Run(check, StagedFile.FromText(path, text));

    public static IReadOnlyList<Finding> Run(IStagedFileCheck check, StagedFile file)
    {
        var scan = new FileScan(file);
        check.Check(scan);
        return scan.Findings;
    }
}
