using System;
using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>One problem in one staged file, at a 1-based line and column (columns count characters, not bytes).</summary>
internal sealed record Finding(string Path, int Line, int Column, BuildRule Rule, string Message) : IComparable<Finding>
{
    /// <summary>The line the hook prints: <c>path(line,col): error ES60xx: message</c>.</summary>
    public string Format() =>
        $"{Path}({Line},{Column}): {(Rule.Severity == BuildSeverity.Error ? "error" : "warning")} {Rule.Id}: {Message}";

    public int CompareTo(Finding? other)
    {
        if (other is null)
            return 1;
        var byLine = Line.CompareTo(other.Line);
        if (byLine != 0)
            return byLine;
        var byColumn = Column.CompareTo(other.Column);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(Rule.Id, other.Rule.Id);
    }

    public override string ToString() => Format();
}
