using System.Threading.Tasks;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// ES1001 on every kind of use, at the exact syntax of the use: each case runs from Instinct (which may not use
/// Cognition: one diagnostic at markup 0) and from Mind (which may: no diagnostic).
/// </summary>
public sealed class ES1001KindsOfUseTests
{
    private const string Reflex = "Emily.Instinct.Reflex";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "base type", "public class Reflex : {|#0:Planner|} { }", "Emily.Cognition.Planner" },
        { "interface", "public class Reflex : {|#0:IPlan|} { }", "Emily.Cognition.IPlan" },
        { "field", "public class Reflex { private {|#0:Planner|}? _planner; }", "Emily.Cognition.Planner" },
        { "property", "public class Reflex { public {|#0:Planner|}? Current { get; set; } }", "Emily.Cognition.Planner" },
        { "event", "public class Reflex { public event {|#0:PlanHandler|}? Planned; }", "Emily.Cognition.PlanHandler" },
        { "parameter", "public class Reflex { public void React({|#0:Planner|} planner) { } }", "Emily.Cognition.Planner" },
        { "return type", "public class Reflex { public {|#0:Planner|}? Make() => null; }", "Emily.Cognition.Planner" },
        { "array", "public class Reflex { public {|#0:Planner|}[]? Make() => null; }", "Emily.Cognition.Planner" },
        { "generic nesting", "public class Reflex { public List<Dictionary<string, {|#0:Planner|}>>? Plans; }", "Emily.Cognition.Planner" },
        { "attribute", "[{|#0:Plan|}] public class Reflex { }", "Emily.Cognition.PlanAttribute" },
        { "new", "public class Reflex { public object Make() => new {|#0:Planner|}(); }", "Emily.Cognition.Planner" },
        { "static invocation", "public class Reflex { public int Make() => {|#0:Planner|}.Plan(); }", "Emily.Cognition.Planner" },
        { "instance invocation", "public class Reflex { public int Make() => Shared.Provider.Planner.{|#0:Run|}(); }", "Emily.Cognition.Planner" },
        { "field access", "public class Reflex { public int Make() => Shared.Provider.Planner.{|#0:Value|}; }", "Emily.Cognition.Planner" },
        { "constant access", "public class Reflex { public int Make() => {|#0:Planner|}.Limit; }", "Emily.Cognition.Planner" },
        { "typeof", "public class Reflex { public Type Make() => typeof({|#0:Planner|}); }", "Emily.Cognition.Planner" },
        { "cast", "public class Reflex { public object Make(object o) => ({|#0:Planner|})o; }", "Emily.Cognition.Planner" },
        { "as", "public class Reflex { public object? Make(object o) => o as {|#0:Planner|}; }", "Emily.Cognition.Planner" },
        { "type pattern", "public class Reflex { public bool Is(object o) => o is {|#0:Planner|}; }", "Emily.Cognition.Planner" },
        { "declaration pattern", "public class Reflex { public bool Is(object o) => o is {|#0:Planner|} p && p != null; }", "Emily.Cognition.Planner" },
        { "catch", "public class Reflex { public void Make() { try { } catch ({|#0:PlanException|}) { } } }", "Emily.Cognition.PlanException" },
        { "local", "public class Reflex { public void Make() { {|#0:Planner|}? p = null; _ = p; } }", "Emily.Cognition.Planner" },
        { "default", "public class Reflex { public object Make() => default({|#0:PlanStruct|}); }", "Emily.Cognition.PlanStruct" },
        { "delegate creation", "public class Reflex { public object Make() => new {|#0:PlanHandler|}(() => { }); }", "Emily.Cognition.PlanHandler" },
        { "method group", "public class Reflex { public Func<int> Make() => Shared.Provider.Planner.{|#0:Run|}; }", "Emily.Cognition.Planner" },
        { "extension call", "public class Reflex { public int Make() => 3.{|#0:Twice|}(); }", "Emily.Cognition.PlanExtensions" },
        { "qualified name", "public class Reflex { public {|#0:Emily.Cognition.Planner|}? Make() => null; }", "Emily.Cognition.Planner" },
        { "global qualified name", "public class Reflex { public {|#0:global::Emily.Cognition.Planner|}? Make() => null; }", "Emily.Cognition.Planner" },
        { "nested type", "public class Reflex { public {|#0:Planner.Step|}? Make() => null; }", "Emily.Cognition.Planner.Step" },
        { "type argument of a qualified name", "public class Reflex { public System.Collections.Generic.List<{|#0:Planner|}>? Plans; }", "Emily.Cognition.Planner" },
        { "type argument in a qualifier", "public class Reflex { public System.Collections.Generic.Dictionary<int, {|#0:Planner|}>.KeyCollection? Keys; }", "Emily.Cognition.Planner" },
        { "type argument deep in a qualifier", "public class Reflex { public System.Collections.Generic.Dictionary<int, {|#0:Planner|}>.KeyCollection.Enumerator Keys; }", "Emily.Cognition.Planner" },
        { "lambda", "public class Reflex { public Func<object> Make() => () => new {|#0:Planner|}(); }", "Emily.Cognition.Planner" },
        { "local function", "public class Reflex { public int Make() { return Local(); int Local() => {|#0:Planner|}.Plan(); } }", "Emily.Cognition.Planner" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Forbidden_use_is_reported_at_its_syntax(string kind, string code, string used)
    {
        _ = kind;
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, User("Emily.Instinct", code));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, Reflex, "Instinct", used, "Cognition", "NervousSystem"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Allowed_use_is_not_reported(string kind, string code, string used)
    {
        _ = (kind, used);
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, User("Emily.Mind.Users", Unmarked(code)));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_body_found_clean_hides_no_use_after_it()
    {
        // Quiet's body names Run, a Planner member's name, but calls only Reflex's own Run: once its operations show no
        // forbidden layer, the walk skips the rest of that body. Uses in the next member, an initializer, a nested type,
        // and the next type are still found.
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, User("Emily.Instinct", """
            public class Reflex
            {
                int Run() => 1;
                int Quiet() { var x = Run(); { x += Run() + Run(); } return x; }
                int Loud() => Shared.Provider.Planner.{|#0:Run|}();
                int Field = Shared.Provider.Planner.{|#1:Value|};
                public class Inner { int Loud() => Shared.Provider.Planner.{|#2:Run|}(); }
            }

            public class Other { int Quiet() => 1; int Loud() => Shared.Provider.Planner.{|#3:Run|}(); }
            """));
        test.ExpectedDiagnostics.Add(PlannerUse(0));
        test.ExpectedDiagnostics.Add(PlannerUse(1));
        test.ExpectedDiagnostics.Add(PlannerUse(2, "Emily.Instinct.Reflex.Inner"));
        test.ExpectedDiagnostics.Add(PlannerUse(3, "Emily.Instinct.Other"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Generic_constraint_names_the_generic_user()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex<T> where T : {|#0:Planner|} { }"));
        test.ExpectedDiagnostics.Add(PlannerUse(0, "Emily.Instinct.Reflex<T>"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Method_constraint_is_reported()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex { public void Make<T>() where T : {|#0:IPlan|} { } }"));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, Reflex, "Instinct", "Emily.Cognition.IPlan", "Cognition", "NervousSystem"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Using_static_is_reported_for_the_namespace_of_the_file()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            using static {|#0:Emily.Cognition.Planner|};

            namespace Emily.Instinct
            {
                public class Reflex { }
            }
            """);
        test.ExpectedDiagnostics.Add(PlannerUse(0, "namespace Emily.Instinct"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Using_alias_inside_a_namespace_is_reported()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            namespace Emily.Instinct
            {
                using P = {|#0:Emily.Cognition.Planner|};

                public class Reflex { }
            }
            """);
        test.ExpectedDiagnostics.Add(PlannerUse(0, "namespace Emily.Instinct"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Alias_qualified_names_are_walked_to_their_type_and_their_qualifiers_type_arguments()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            [EmilySovereign.Layer("Cognition")] public class Brain { }
            public class Box<T> { public class Lid { } }

            namespace Emily.Instinct
            {
                public class Reflex
                {
                    public {|#0:global::Brain|}? Thought;
                    public global::Box<{|#1:Emily.Cognition.Planner|}>.Lid? Cover;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, Reflex, "Instinct", "Brain", "Cognition", "NervousSystem"));
        test.ExpectedDiagnostics.Add(PlannerUse(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_layered_attribute_named_without_its_suffix_is_reported()
    {
        // "Audit" is no type's or member's name: only the attribute's name without its suffix lets it through.
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            [EmilySovereign.Layer("Cognition")] public sealed class AuditAttribute : System.Attribute { }

            namespace Emily.Instinct
            {
                [{|#0:Audit|}] public class Reflex { }
            }
            """);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, Reflex, "Instinct", "AuditAttribute", "Cognition", "NervousSystem"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Aliases_of_the_file_and_of_a_nested_namespace_are_reported_where_they_are_used()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            using Thinker = Emily.Cognition.Planner;

            namespace Emily
            {
                namespace Instinct
                {
                    using Schemer = {|#1:Emily.Cognition.Planner|};

                    public class Reflex
                    {
                        public {|#2:Thinker|}? First;
                        public {|#3:Schemer|}? Second;
                    }
                }
            }
            """);
        // The file's own alias belongs to namespace Emily, in no layer; the nested one to Emily.Instinct.
        test.ExpectedDiagnostics.Add(PlannerUse(1, "namespace Emily.Instinct"));
        test.ExpectedDiagnostics.Add(PlannerUse(2));
        test.ExpectedDiagnostics.Add(PlannerUse(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_call_that_binds_only_to_candidates_is_reported_at_its_first_candidate()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex { public int Make() => Shared.Provider.Planner.{|#0:Run|}(1); }"));
        test.ExpectedDiagnostics.Add(PlannerUse(0));
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS1501").WithLocation(0).WithArguments("Run", "1"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nameof_is_allowed_by_default()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex { public string Name => nameof(Planner) + nameof(Planner.Plan); }"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nameof_is_reported_when_the_editorconfig_asks()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex { public string Name => nameof({|#0:Planner|}); }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemily_sovereign.layers.check_nameof = true\n"));
        test.ExpectedDiagnostics.Add(PlannerUse(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Each_use_site_is_reported_once()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, User("Emily.Instinct", """
            public class Reflex
            {
                public int Make({|#0:Planner|} planner) => {|#1:Planner|}.Plan() + planner.{|#2:Run|}() + {|#3:Emily.Cognition.Planner|}.Limit;
            }
            """));
        for (var i = 0; i < 4; i++)
        {
            test.ExpectedDiagnostics.Add(PlannerUse(i));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_through_an_alias_is_reported_once_at_the_alias()
    {
        // The receiver's name is not the type's own name, yet it names a type of the member's layer.
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            namespace Emily.Instinct
            {
                using P = {|#0:Emily.Cognition.Planner|};

                public class Reflex
                {
                    public int Make() => {|#1:P|}.Plan() + {|#2:P|}.Limit;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(PlannerUse(0, "namespace Emily.Instinct"));
        test.ExpectedDiagnostics.Add(PlannerUse(1));
        test.ExpectedDiagnostics.Add(PlannerUse(2));
        await test.RunAsync();
    }

    [Fact]
    public async Task Var_is_not_a_use_of_its_inferred_type()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition,
            User("Emily.Instinct", "public class Reflex { public void Make() { var p = Shared.Provider.Planner; _ = p; } }"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_reported_unless_opted_in()
    {
        var code = User("Emily.Instinct", "public class Reflex { private Planner? _planner; }");
        var quiet = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition);
        quiet.TestState.Sources.Add(("/0/Reflex.g.cs", code));
        await quiet.RunAsync();

        var optedIn = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition);
        optedIn.TestState.Sources.Add(("/0/Reflex.g.cs", code.Replace("private Planner?", "private {|#0:Planner|}?")));
        optedIn.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemily_sovereign.layers.check_generated_code = true\n"));
        optedIn.ExpectedDiagnostics.Add(PlannerUse(0));
        await optedIn.RunAsync();
    }

    /// <summary>A forbidden use of Cognition's Planner from Instinct at a markup location.</summary>
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult PlannerUse(int location, string user = Reflex) =>
        LayerTestSources.Violation(location, user, "Instinct", "Emily.Cognition.Planner", "Cognition", "NervousSystem");

    internal static string User(string ns, string code) => $$"""
        using System;
        using System.Collections.Generic;
        using Emily.Cognition;

        namespace {{ns}}
        {
            {{code}}
        }
        """;

    private static string Unmarked(string code) => code.Replace("{|#0:", string.Empty).Replace("|}", string.Empty);
}
