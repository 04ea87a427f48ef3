using System.Linq;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Analyzers.Tests.Common;

/// <summary>
/// The candidates the text search hands to an analyzer: exactly the attributes whose name is the word or the word and
/// <c>Attribute</c>, however qualified. The analyzers' own tests see only what binding keeps, so a search that found
/// too many would pass them; these pin the search itself.
/// </summary>
public sealed class AttributeSitesTests
{
    [Fact]
    public void Candidates_are_the_attributes_named_by_the_word_and_no_look_alike()
    {
        var tree = Parse("""
            class AdrNote : System.Attribute { } class NotAdrAttribute : System.Attribute { } class AdrFooAttribute : System.Attribute { }
            [AdrNote, NotAdrAttribute, AdrFooAttribute, AdrFoo] class LookAlikes { }
            [EmilySovereign.Adr(1), global::EmilySovereign.AdrAttribute(2), Adr(3)] class Named { }
            """);

        Assert.Equal(["EmilySovereign.Adr(1)", "global::EmilySovereign.AdrAttribute(2)", "Adr(3)"], Candidates(tree));
    }

    [Fact]
    public void The_search_goes_on_after_a_word_that_directly_follows_another()
    {
        var tree = Parse("class AdrAdr { } [Adr(1)] class Named { }");

        Assert.Equal(["Adr(1)"], Candidates(tree));
    }

    [Theory]
    [InlineData(new[] { "Adr" }, true)]
    [InlineData(new[] { "class A { }", "[Adr(1)] class B { }" }, true)]
    [InlineData(new[] { "class A { }", "class B { } // an ADR in other words" }, false)]
    public void A_compilation_names_the_word_when_any_file_writes_it(string[] files, bool expected)
    {
        var compilation = CSharpCompilation.Create("Sample", files.Select(Parse));

        Assert.Equal(expected, new AttributeSites(compilation, "Adr").AnyInCompilation(default));
    }

    [Fact]
    public void Every_word_is_found_wherever_the_last_place_found_was()
    {
        // The second word's places come before and between the first's, in other types, members and nesting depths.
        var tree = Parse("""
            [Gauge(1)] class A { [Counter(2)] void M() { [Gauge(3)] void L() { } } class N { [Counter(4)] int F; } }
            namespace Deep.Er { class B { [Gauge(5)] [Counter(6)] void M() { System.Action a = [Gauge(7)] () => { }; } } }
            [Counter(8)] class C { }
            """);

        var found = new AttributeSites(CSharpCompilation.Create("Sample", [tree]), "Counter", "Gauge").In(tree, default)
            .Select(attribute => attribute.ToString());

        Assert.Equal(["Counter(2)", "Counter(4)", "Counter(6)", "Counter(8)", "Gauge(1)", "Gauge(3)", "Gauge(5)", "Gauge(7)"], found);
    }

    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text);

    private static string[] Candidates(SyntaxTree tree) =>
        new AttributeSites(CSharpCompilation.Create("Sample", [tree]), "Adr").In(tree, default).Select(attribute => attribute.ToString()).ToArray();
}
