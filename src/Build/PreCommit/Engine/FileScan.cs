using System.Collections.Generic;
using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>
/// What the checks of one file share: the file, a line map for positions and the findings so far. One per file and
/// per thread, so checks never lock.
/// </summary>
internal sealed class FileScan
{
    private List<Finding>? _findings;
    private LineMap? _lines;

    public FileScan(StagedFile file) => File = file;

    public StagedFile File { get; }

    public LineMap Lines => _lines ??= new LineMap(File.Content);

    public IReadOnlyList<Finding> Findings => (IReadOnlyList<Finding>?)_findings ?? System.Array.Empty<Finding>();

    /// <summary>Reports a problem at a byte offset of the file.</summary>
    public void Report(BuildRule rule, int offset, string message)
    {
        var (line, column) = Lines.Locate(offset);
        ReportAt(rule, line, column, message);
    }

    public void ReportAt(BuildRule rule, int line, int column, string message) =>
        (_findings ??= new List<Finding>()).Add(new Finding(File.Path, line, column, rule, message));
}
