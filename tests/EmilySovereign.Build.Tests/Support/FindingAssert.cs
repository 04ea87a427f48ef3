using System.Collections.Generic;
using System.Linq;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.Support;

internal static class FindingAssert
{
    /// <summary>Asserts the exact findings as <c>path(line,col): ID</c>, in order.</summary>
    public static void Exactly(IEnumerable<Finding> findings, params string[] expected) =>
        Assert.Equal(expected, findings.Select(f => $"{f.Path}({f.Line},{f.Column}): {f.Rule.Id}").ToArray());
}
