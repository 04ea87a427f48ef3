using System.IO;
using System.Linq;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>Every ES5xxx ID the ADR targets report has its page and a help link to it.</summary>
public sealed class AdrRuleDocumentationTests
{
    public static TheoryData<string> Ids() => new(AdrBuildRules.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_its_page_and_help_link(string id)
    {
        var rule = AdrBuildRules.All.Single(r => r.Id == id);
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(Path.Combine(RepositoryPaths.RulesDocs, id + ".md")));
        Assert.Equal(RuleDocs.HelpLinkBase + id + ".md", rule.HelpLink);
        Assert.Matches("^ES50[0-9]{2}$", id);
    }
}
