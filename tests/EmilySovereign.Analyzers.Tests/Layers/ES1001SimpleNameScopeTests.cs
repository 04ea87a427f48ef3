using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Architecture;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// ES1001 and the scope of simple names: a name without a receiver is skipped when, as a member, it can only reach the
/// user's own layers. Every place where such a name reaches another type's members is still reported; in each case
/// the user's own type has a member of the same name, so that a filter which took the place for a lookup in scope
/// would hide the use.
/// </summary>
public sealed class ES1001SimpleNameScopeTests
{
    private const string Reflex = "Emily.Instinct.Reflex";

    /// <summary>Cognition types reached through code in no layer, so that the only forbidden use is the member's name.</summary>
    private const string Reached = """
        namespace Emily.Cognition
        {
            public class Route { public int Value; public Route? Next; }
            public record Plan { public int Value { get; init; } }
            public sealed class TagAttribute : System.Attribute { public int Value { get; set; } }
            public static class Limits { public static int Max() => 3; }
            public class Base { public int Value; }
            public interface IPlanner { static int Run() => 1; }
        }

        namespace Shared
        {
            public class Holder { public Emily.Cognition.Route Route { get; } = new(); }
            public static class Reach
            {
                public static Emily.Cognition.Route Route => new();
                public static Emily.Cognition.Plan Plan => new();
            }
        }
        """;

    /// <summary>Members of the user's own type with the names of the Cognition members used.</summary>
    private const string OwnMembers = "public int Value; public Reflex? Next; static int Max() => 0; static int Run() => 0;";

    [Theory]
    [InlineData("nested object initializer", "object M() => new Shared.Holder { Route = { {|#0:Value|} = 1 } };", "Emily.Cognition.Route")]
    [InlineData("with expression", "object M() => Shared.Reach.Plan with { {|#0:Value|} = 1 };", "Emily.Cognition.Plan")]
    [InlineData("property pattern", "bool M() => Shared.Reach.Route is { {|#0:Value|}: 1 };", "Emily.Cognition.Route")]
    [InlineData("extended property pattern", "bool M() => Shared.Reach.Route is { {|#0:Next|}.{|#1:Value|}: 1 };", "Emily.Cognition.Route")]
    [InlineData("member binding", "int? M() => Shared.Reach.Route?.{|#0:Value|};", "Emily.Cognition.Route")]
    [InlineData("member access", "int M() => Shared.Reach.Route.{|#0:Value|};", "Emily.Cognition.Route")]
    public async Task A_member_of_something_else_is_reported_where_the_user_has_a_member_of_that_name(string kind, string member, string used)
    {
        _ = kind;
        var test = Test(User("public class Reflex { " + OwnMembers + " " + member + " }"));
        test.ExpectedDiagnostics.Add(Use(0, Reflex, used));
        if (member.Contains("{|#1:", System.StringComparison.Ordinal))
        {
            test.ExpectedDiagnostics.Add(Use(1, Reflex, used));
        }

        await test.RunAsync();
    }

    /// <summary>A type named in a forbidden layer (#0) and a member of it reached without a receiver (#1): both reported.</summary>
    [Theory]
    [InlineData("attribute property", "[{|#0:Tag|}({|#1:Value|} = 1)] public class Reflex { " + OwnMembers + " }", Reflex, "Emily.Cognition.TagAttribute")]
    [InlineData("member inherited from a base", "public class Reflex : {|#0:Base|} { int M() => {|#1:Value|}; }", Reflex, "Emily.Cognition.Base")]
    [InlineData("static member of a base interface", "public interface IReflex : {|#0:IPlanner|} { int M() => {|#1:Run|}(); }", "Emily.Instinct.IReflex", "Emily.Cognition.IPlanner")]
    public async Task A_member_of_a_forbidden_type_the_user_names_is_reported_beside_the_type(string kind, string code, string user, string used)
    {
        _ = kind;
        var test = Test(User(code));
        test.ExpectedDiagnostics.Add(Use(0, user, used));
        test.ExpectedDiagnostics.Add(Use(1, user, used));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_of_an_outer_type_in_a_forbidden_layer_is_reported()
    {
        var test = Test("""
            namespace Emily.Cognition
            {
                public class Outer
                {
                    static int Run() => 1;

                    [EmilySovereign.Layer("Instinct")]
                    public class Inner { int M() => {|#0:Run|}(); }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Use(0, "Emily.Cognition.Outer.Inner", "Emily.Cognition.Outer"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_a_using_static_imports_is_reported_in_that_file_and_through_a_global_one_in_every_file()
    {
        var test = Test(
            "using static {|#0:Emily.Cognition.Limits|};\n" + User("public class Reflex { int M() => {|#1:Max|}(); }"),
            // Reported at its use, not at the directive: the global namespace is in no layer.
            "global using static Emily.Cognition.Limits;\n",
            "namespace Emily.Instinct { public class Other { int M() => {|#2:Max|}(); } }");
        test.ExpectedDiagnostics.Add(Use(0, "namespace Emily.Instinct", "Emily.Cognition.Limits"));
        test.ExpectedDiagnostics.Add(Use(1, Reflex, "Emily.Cognition.Limits"));
        test.ExpectedDiagnostics.Add(Use(2, "Emily.Instinct.Other", "Emily.Cognition.Limits"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_users_own_members_are_not_reported()
    {
        await Test(User("public class Reflex { " + OwnMembers + " int M() => Value + Max() + Run() + (Next is { } n ? 1 : 0); }")).RunAsync();
    }

    [Fact]
    public async Task Broken_scopes_end_the_walk_of_base_types_and_report_what_binds()
    {
        var (diagnostics, exceptions) = await LayerTestSources.AnalyzeAsync(LayerTestSources.Architecture, new[]
        {
            Reached,
            User("public class Loop : Again { int M() => Value; } public class Again : Loop { } public class Reflex : Missing { int M() => Shared.Reach.Route.Value + Max(); }"),
            "using static ;\nusing static Missing.Type;\nnamespace Emily.Instinct { interface IA : IB { } interface IB : IA { int M() => Value; } }",
        });

        Assert.Empty(exceptions);
        Assert.Single(diagnostics, d => d.Id == DiagnosticIds.LayerViolation);
    }

    /// <summary>Where a simple name is looked up in the scope around it: the skip may apply.</summary>
    [Theory]
    [InlineData("int M() => [|Value|];")]
    [InlineData("int M() => [|Run|]();")]
    [InlineData("int M() => [|Value|].GetHashCode();")]
    [InlineData("string M() => nameof([|Value|]);")]
    [InlineData("object M() => new Shared.Holder { Route = { Value = [|Value|] } };")]
    [InlineData("object M() => new System.Collections.Generic.Dictionary<int, int> { [[|Value|]] = 1 };")]
    [InlineData("object M() => new { [|Value|] };")]
    [InlineData("bool M(object o) => o is [|Value|];")]
    [InlineData("int M() => Run(named: [|Value|]);")]
    public void A_name_without_a_receiver_is_looked_up_in_scope(string member)
    {
        Assert.True(SimpleNameScope.IsLookedUpInScope(MarkedName(member)));
    }

    /// <summary>Where it names a member of something else: the user's scope does not decide.</summary>
    [Theory]
    [InlineData("int M() => this.[|Value|];")]
    [InlineData("int? M() => Shared.Reach.Route?.[|Value|];")]
    [InlineData("object M() => new Shared.Holder { [|Route|] = null! };")]
    [InlineData("object M() => Shared.Reach.Plan with { [|Value|] = 1 };")]
    [InlineData("bool M() => Shared.Reach.Route is { [|Value|]: 1 };")]
    [InlineData("bool M() => Shared.Reach.Route is { [|Next|].Value: 1 };")]
    [InlineData("bool M() => Shared.Reach.Route is { [|Next|].Next.Value: 1 };")]
    [InlineData("int M() => Run([|named|]: 1);")]
    [InlineData("object M() => new { [|Value|] = 1 };")]
    [InlineData("Emily.Cognition.[|Route|]? M() => null;")]
    [InlineData("global::[|Shared|].Holder? M() => null;")]
    public void A_name_after_a_receiver_or_of_another_objects_member_is_not(string member)
    {
        Assert.False(SimpleNameScope.IsLookedUpInScope(MarkedName(member)));
    }

    [Fact]
    public void Members_in_scope_are_the_layers_of_the_type_its_outer_types_their_bases_and_interfaces()
    {
        var compilation = CSharpCompilation.Create("Scope", new[] { CSharpSyntaxTree.ParseText(Reached + """
            namespace Emily.Instinct
            {
                public class Alone { }
                public class Heir : Emily.Cognition.Base { public class Inner { } }
                public interface IHeir : Emily.Cognition.IPlanner { }
                public class Implementer : IHeir { }
            }
            """) }, TestReferences.All, TestReferences.LibraryOptions);
        var rules = new LayerRules(ArchitectureParser.Parse(LayerTestSources.Architecture).Layers);
        var resolver = new LayerResolver(rules, compilation);
        var instinct = LayeredNames.Bit(rules.IndexOf("Instinct"));
        var both = instinct | LayeredNames.Bit(rules.IndexOf("Cognition"));
        ulong Of(string name) => SimpleNameScope.MemberLayers(compilation.GetTypeByMetadataName(name)!, resolver);

        Assert.Equal(instinct, Of("Emily.Instinct.Alone"));
        Assert.Equal(both, Of("Emily.Instinct.Heir"));
        Assert.Equal(both, Of("Emily.Instinct.Heir+Inner"));
        Assert.Equal(both, Of("Emily.Instinct.Implementer"));
        Assert.Equal(0UL, Of("Shared.Holder"));
        Assert.Equal(ulong.MaxValue, SimpleNameScope.MemberLayers(null, resolver));
    }

    private static SimpleNameSyntax MarkedName(string member)
    {
        var at = member.IndexOf("[|", System.StringComparison.Ordinal);
        var tree = CSharpSyntaxTree.ParseText("class C { " + member.Replace("[|", string.Empty).Replace("|]", string.Empty) + " }");
        return tree.GetRoot().FindToken("class C { ".Length + at).Parent!.AncestorsAndSelf().OfType<SimpleNameSyntax>().First();
    }

    private static RuleTest<LayerAnalyzer> Test(params string[] sources) =>
        LayerTestSources.Test(LayerTestSources.Architecture, new[] { Reached }.Concat(sources).ToArray());

    private static string User(string code) => $$"""
        using Emily.Cognition;

        namespace Emily.Instinct
        {
            {{code}}
        }
        """;

    private static DiagnosticResult Use(int location, string user, string used) =>
        LayerTestSources.Violation(location, user, "Instinct", used, "Cognition", "NervousSystem");
}
