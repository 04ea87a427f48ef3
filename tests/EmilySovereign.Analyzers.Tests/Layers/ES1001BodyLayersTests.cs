using System.Linq;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Architecture;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// ES1001, the gate in front of binding: a name inside a body whose operations touch no forbidden layer is skipped. The
/// ES1001 tests show the gate never hides a use; these show that it does skip what it may.
/// </summary>
public class ES1001BodyLayersTests
{
    private const string Architecture = """
        {
          "layers": {
            "Instinct":      { "namespaces": ["Emily.Instinct"], "mayUse": ["NervousSystem"] },
            "Cognition":     { "namespaces": ["Emily.Cognition"] },
            "NervousSystem": { "namespaces": ["Emily.NervousSystem"] }
          }
        }
        """;

    private const string Used = """
        namespace Emily.NervousSystem { public class Signal { public int Get() => 1; } }
        namespace Emily.Cognition { public class Planner { public int Get() => 2; } }
        """;

    [Fact]
    public void Body_that_uses_only_allowed_layers_is_skipped()
    {
        Assert.False(MayTouchCognition("int M() { var s = new Emily.NervousSystem.Signal(); return s.[|Get|](); }"));
    }

    [Fact]
    public void Body_that_calls_into_a_forbidden_layer_is_bound()
    {
        Assert.True(MayTouchCognition("int M() { var s = new Emily.NervousSystem.Signal(); return s.[|Get|]() + new Emily.Cognition.Planner().Get(); }"));
    }

    [Fact]
    public void Forbidden_type_only_as_a_generic_argument_of_a_local_is_bound()
    {
        Assert.True(MayTouchCognition("int M() { System.Collections.Generic.List<Emily.Cognition.Planner>? l = null; return [|l|]?.Count ?? 0; }"));
    }

    [Fact]
    public void Forbidden_type_in_a_lambda_signature_is_bound()
    {
        Assert.True(MayTouchCognition("void M() { System.Action<object> a = o => { System.Func<Emily.Cognition.Planner, int> f = p => 1; }; [|a|](1); }"));
    }

    [Fact]
    public void Initializer_is_its_own_part()
    {
        Assert.False(MayTouchCognition("int F = new Emily.NervousSystem.Signal().[|Get|]();"));
        Assert.True(MayTouchCognition("int F = new Emily.Cognition.Planner().[|Get|]();"));
    }

    [Fact]
    public void Names_in_signatures_are_always_bound()
    {
        Assert.True(MayTouchCognition("void M(Emily.NervousSystem.[|Signal|] s) { }"));
    }

    [Fact]
    public void Nameof_counts_only_when_opted_in()
    {
        const string member = "string M() => nameof(Emily.Cognition.Planner) + [|nameof|](System.String);";
        Assert.False(MayTouchCognition(member, nameofCounts: false));
        Assert.True(MayTouchCognition(member, nameofCounts: true));
    }

    [Fact]
    public void Broken_body_is_bound()
    {
        Assert.True(MayTouchCognition("int M() { return [|Missing|].Get(); }"));
    }

    /// <summary>Each way a body can name a type without an operation of that type: the mask must count it.</summary>
    [Theory]
    [InlineData("int M() => [|Make|]<Emily.Cognition.Planner>(); static int Make<T>() => 0;")]
    [InlineData("void M() { void L(Emily.Cognition.Planner p) { } [|M|](); }")]
    [InlineData("void M() { void L<T>() where T : Emily.Cognition.Planner { } [|M|](); }")]
    [InlineData("void M() { [System.Obsolete] void L() { } [|M|](); }")]
    [InlineData("void M() { void L<[System.Obsolete] T>() { } [|M|](); }")]
    [InlineData("int M() { var d = new System.Collections.Generic.Dictionary<Emily.Cognition.Planner, Emily.Cognition.Planner>(); return d.[|Count|]; }")]
    [InlineData("int M() { var i = new Outer<Emily.Cognition.Planner>.Inner(); return i.[|Get|](); } public class Outer<T> { public class Inner { public int Get() => 0; } }")]
    public void A_type_named_only_in_a_signature_constraint_type_argument_or_attribute_counts(string member)
    {
        Assert.True(MayTouchCognition(member));
    }

    /// <summary>The same layer named twice in one signature or one call still counts (the masks are or-ed, not toggled).</summary>
    [Theory]
    [InlineData("void M() { [|Run|]<Emily.Cognition.Planner, Emily.Cognition.Planner>(); } static void Run<T, U>() { }")]
    [InlineData("void M() { void L(Emily.Cognition.Planner a, Emily.Cognition.Planner b) { } [|M|](); }")]
    [InlineData("void M() { void L<T, U>() where T : Emily.Cognition.Planner where U : Emily.Cognition.Planner { } [|M|](); }")]
    [InlineData("void M() { void L<[System.Obsolete] T, [System.Obsolete] U>() { } [|M|](); }")]
    public void A_layer_named_twice_counts(string member)
    {
        Assert.True(MayTouchCognition(member));
    }

    /// <summary>
    /// A pattern names its type: a pattern of a base type in a forbidden layer counts even where the value it tests is of
    /// a derived type in the user's own layer, so no other operation of the body has the forbidden type.
    /// </summary>
    [Theory]
    [InlineData("bool M(Derived d) => [|d|] is Emily.Cognition.Planner _;")]
    [InlineData("bool M(Derived d) => [|d|] is not Emily.Cognition.Planner;")]
    [InlineData("bool M(Derived d) => [|d|] is Emily.Cognition.Planner { };")]
    public void A_pattern_of_a_base_type_in_a_forbidden_layer_counts(string member)
    {
        Assert.True(MayTouchCognition(member + " public class Derived : Emily.Cognition.Planner { }"));
    }

    [Theory]
    [InlineData("int M() { System.Func<int, int> f = x => x; return f([|Count|]); } int Count;")]
    [InlineData("int M() => [|S|](1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20); static int S(params int[] x) => 0;")]
    public void A_lambda_without_attributes_and_a_wide_operation_tree_count_only_what_they_touch(string member)
    {
        Assert.False(MayTouchCognition(member));
    }

    /// <summary>A <c>var</c> pattern names no type (its matched type is null): it counts nothing, and nothing fails.</summary>
    [Fact]
    public void A_var_pattern_counts_nothing()
    {
        Assert.False(MayTouchCognition("bool M(object o) => [|o|] is var x && x is { };"));
    }

    [Fact]
    public void Each_part_is_judged_by_its_own_operations_whatever_the_walk_asked_before()
    {
        const string members = "int A() => new Emily.NervousSystem.Signal().[|Get|](); int B() => new Emily.Cognition.Planner().[|Get|]();";
        Assert.Equal(new[] { false, true }, MayTouchCognitionInOrder(members, reverse: false));
        Assert.Equal(new[] { true, false }, MayTouchCognitionInOrder(members, reverse: true));
    }

    /// <summary>Whether the gate lets the name marked <c>[|...|]</c> in a member of an Instinct type through to binding.</summary>
    private static bool MayTouchCognition(string member, bool nameofCounts = false) =>
        MayTouchCognitionInOrder(member, reverse: false, nameofCounts).Single();

    /// <summary>The gate's answer for every marked name, asked in source order (or the reverse) with one walk's cache.</summary>
    private static bool[] MayTouchCognitionInOrder(string members, bool reverse, bool nameofCounts = false)
    {
        const string prefix = "namespace Emily.Instinct { public class User { ";
        var positions = new System.Collections.Generic.List<int>();
        for (var at = members.IndexOf("[|", System.StringComparison.Ordinal); at >= 0; at = members.IndexOf("[|", at + 2, System.StringComparison.Ordinal))
        {
            positions.Add(prefix.Length + at - 4 * positions.Count);
        }

        var tree = CSharpSyntaxTree.ParseText(prefix + members.Replace("[|", string.Empty).Replace("|]", string.Empty) + " } }");
        var compilation = CSharpCompilation.Create(
            "Subject", new[] { tree, CSharpSyntaxTree.ParseText(Used) }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var rules = new LayerRules(ArchitectureParser.Parse(Architecture).Layers);
        var cognition = LayeredNames.Bit(rules.IndexOf("Cognition"));
        var bodies = new BodyLayers(new LayerResolver(rules, compilation));
        var model = compilation.GetSemanticModel(tree);
        var last = default(BodyLayers.LastPart);
        if (reverse)
        {
            positions.Reverse();
        }

        return positions
            .Select(position => tree.GetRoot().FindToken(position).Parent!.AncestorsAndSelf().OfType<SimpleNameSyntax>().First())
            .Select(name => bodies.MayTouch(name, cognition, model, nameofCounts, ref last, default))
            .ToArray();
    }
}
