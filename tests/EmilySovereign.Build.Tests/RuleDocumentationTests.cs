using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests;

public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (var rule in BuildRules.All)
            ids.Add(rule.Id);
        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_its_page_and_its_help_link_points_there(string id)
    {
        var rule = System.Linq.Enumerable.Single(BuildRules.All, r => r.Id == id);
        var page = Path.Combine(RepositoryPaths.RulesDocs, id + ".md");

        Assert.True(File.Exists(page), page + " is missing");
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(page));
        Assert.EndsWith("/docs/rules/" + id + ".md", rule.HelpLink);
        if (rule.Switch.Length > 0)
            Assert.Contains(rule.Switch, File.ReadAllText(page));
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_build_range()
    {
        Assert.Equal(BuildRules.All.Count, System.Linq.Enumerable.Count(System.Linq.Enumerable.Distinct(System.Linq.Enumerable.Select(BuildRules.All, r => r.Id))));
        Assert.All(BuildRules.All, r => Assert.Matches("^ES6[0-9]{3}$", r.Id));
    }
}
