using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests;

/// <summary>
/// The build's two tables (ES6xxx, and the ADR targets' ES50xx) against docs/rules: every rule has its page, headed by
/// its title, and a help link to it; every page of a build ID has its rule.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static IEnumerable<BuildRule> AllRules => BuildRules.All.Concat(AdrBuildRules.All);

    public static TheoryData<string> RuleIds() => new(AllRules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_its_page_headed_by_its_title_and_its_help_link_points_there(string id)
    {
        var rule = AllRules.Single(r => r.Id == id);
        var page = RuleDocs.PagePath(id);

        Assert.True(File.Exists(page), page + " is missing");
        Assert.Equal(RuleDocs.ExpectedHeading(id, rule.Title), RuleDocs.Heading(id));
        Assert.Equal(RuleDocs.HelpLinkBase + id + ".md", rule.HelpLink);
        if (rule.Switch.Length > 0)
            Assert.Contains(rule.Switch, File.ReadAllText(page));
    }

    [Fact]
    public void Every_page_of_a_build_id_has_its_rule()
    {
        Assert.Empty(RuleDocs.PagesOf(RuleTable.Build).Except(AllRules.Select(r => r.Id)));
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_build_ranges()
    {
        Assert.Equal(AllRules.Count(), AllRules.Select(r => r.Id).Distinct().Count());
        Assert.All(BuildRules.All, r => Assert.Matches("^ES6[0-9]{3}$", r.Id));
        Assert.All(AdrBuildRules.All, r => Assert.Matches("^ES50[0-9]{2}$", r.Id));
    }
}
