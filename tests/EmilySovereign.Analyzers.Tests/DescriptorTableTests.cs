using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Analyzers;
using EmilySovereign.Testing;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Tests;

/// <summary>
/// Every descriptor of the analyzers' one table is documented, linked and release-tracked, and every page of an
/// analyzer ID has a descriptor.
/// </summary>
public sealed class DescriptorTableTests
{
    public static TheoryData<string> Ids() => new(AllDescriptors().Select(d => d.Id));

    [Fact]
    public void The_table_is_not_empty_and_ids_are_unique()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_a_docs_page_headed_by_its_title_and_a_help_link_to_it(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.True(File.Exists(RuleDocs.PagePath(id)), $"docs/rules/{id}.md is missing");
        Assert.Equal(RuleDocs.ExpectedHeading(id, descriptor.Title.ToString()), RuleDocs.Heading(id));
        Assert.Equal(RuleDocs.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        // ES63xx: the baseline, a build check whose diagnostics come from the analyzers that find the breaches.
        Assert.Matches(@"^ES([1-5]\d{3}|63\d{2})$", id);
    }

    [Fact]
    public void Every_page_of_an_analyzer_id_has_its_descriptor()
    {
        Assert.Empty(RuleDocs.PagesOf(RuleTable.Analyzers).Except(AllDescriptors().Select(d => d.Id)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_release_tracked(string id)
    {
        var project = RepositoryPaths.Combine("src", "Analyzers", "EmilySovereign.Analyzers");
        var tracked = RuleDocs.TrackedIds(Path.Combine(project, "AnalyzerReleases.Shipped.md"))
            .Union(RuleDocs.TrackedIds(Path.Combine(project, "AnalyzerReleases.Unshipped.md")));
        Assert.Contains(id, tracked);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => DescriptorTable.Of(typeof(Descriptors));
}
