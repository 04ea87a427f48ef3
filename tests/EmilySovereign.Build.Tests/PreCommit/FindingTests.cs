using System;
using System.Linq;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>A finding prints as the hook's <c>path(line,col): severity ID: message</c> line and sorts by line, column, then rule.</summary>
public sealed class FindingTests
{
    [Theory]
    [InlineData("ES6005", "src/a b.cs(12,7): error ES6005: the message")]
    [InlineData("ES6101", "src/a b.cs(12,7): warning ES6101: the message")]
    public void Format_is_the_hook_line_with_the_rule_s_severity(string ruleId, string expected)
    {
        var finding = new Finding("src/a b.cs", 12, 7, Rule(ruleId), "the message");

        Assert.Equal(expected, finding.Format());
        Assert.Equal(expected, finding.ToString());
    }

    [Theory]
    [InlineData(1, 1, "ES6001", 1, 1, "ES6001", 0)]
    [InlineData(1, 9, "ES6009", 2, 1, "ES6001", -1)]
    [InlineData(3, 1, "ES6001", 2, 9, "ES6009", 1)]
    [InlineData(1, 3, "ES6001", 1, 2, "ES6005", 1)]
    [InlineData(1, 2, "ES6005", 1, 3, "ES6001", -1)]
    [InlineData(1, 2, "ES6005", 1, 2, "ES6001", 1)]
    [InlineData(1, 2, "ES6001", 1, 2, "ES6005", -1)]
    public void Findings_order_by_line_then_column_then_rule_id(
        int line, int column, string ruleId, int otherLine, int otherColumn, string otherRuleId, int expectedSign)
    {
        var finding = new Finding("a.txt", line, column, Rule(ruleId), "m");
        var other = new Finding("a.txt", otherLine, otherColumn, Rule(otherRuleId), "m");

        Assert.Equal(expectedSign, Math.Sign(finding.CompareTo(other)));
        Assert.Equal(-expectedSign, Math.Sign(other.CompareTo(finding)));
    }

    [Fact]
    public void Any_finding_sorts_after_none() =>
        Assert.Equal(1, new Finding("a.txt", 1, 1, BuildRules.MergeMarker, "m").CompareTo(null));

    private static BuildRule Rule(string id) => BuildRules.All.Single(r => r.Id == id);
}
