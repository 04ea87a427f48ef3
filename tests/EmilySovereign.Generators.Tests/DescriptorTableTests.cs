using System.Collections.Generic;
using System.Linq;
using EmilySovereign.Testing;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators.Tests;

/// <summary>The generators' descriptor table against docs/rules, in both directions.</summary>
public sealed class DescriptorTableTests
{
    public static TheoryData<string> Ids() => new(AllDescriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_a_docs_page_headed_by_its_title_and_a_help_link_to_it(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.Equal(RuleDocs.ExpectedHeading(id, descriptor.Title.ToString()), RuleDocs.Heading(id));
        Assert.Equal(RuleDocs.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
    }

    [Fact]
    public void Every_page_of_a_generator_id_has_its_descriptor()
    {
        Assert.Empty(RuleDocs.PagesOf(RuleTable.Generators).Except(AllDescriptors().Select(d => d.Id)));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => DescriptorTable.Of(typeof(Descriptors));
}
