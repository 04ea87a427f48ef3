using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Architecture;
using EmilySovereign.Testing.Roslyn;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>ES1001 follows the contract's resolution: type [Layer] > containing type > assembly [Layer] > namespace > none.</summary>
public sealed class ES1001LayerResolutionTests
{
    private const string MayUse = "NervousSystem";

    [Fact]
    public async Task Layer_attribute_on_the_user_wins_over_its_namespace()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, ES1001KindsOfUseTests.User("Emily.Instinct", """
            [EmilySovereign.Layer("Mind")]
            public class Reflex { private Planner? _planner; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Layer_attribute_on_the_used_type_wins_over_its_namespace()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Cognition
            {
                [EmilySovereign.Layer("NervousSystem")]
                public class Signal { }

                public class Thought { }
            }

            namespace Emily.Instinct
            {
                public class Reflex
                {
                    private Emily.Cognition.Signal? _signal;
                    private {|#0:Emily.Cognition.Thought|}? _thought;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Thought", "Cognition", MayUse));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nested_types_take_the_containing_types_layer_unless_they_declare_one()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Cognition
            {
                public class Outer
                {
                    [EmilySovereign.Layer("NervousSystem")]
                    public class Wire { }

                    public class Idea { }
                }
            }

            namespace Emily.Instinct
            {
                public class Reflex
                {
                    private Emily.Cognition.Outer.Wire? _wire;
                    private {|#0:Emily.Cognition.Outer.Idea|}? _idea;

                    [EmilySovereign.Layer("Cognition")]
                    public class Planned { private Emily.Cognition.Outer.Idea? _idea; }

                    public class Inner { private {|#1:Emily.Cognition.Outer.Idea|}? _idea; }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Outer.Idea", "Cognition", MayUse));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Emily.Instinct.Reflex.Inner", "Instinct", "Emily.Cognition.Outer.Idea", "Cognition", MayUse));
        await test.RunAsync();
    }

    [Fact]
    public async Task Partial_type_across_files_reports_in_each_file_and_shares_its_layer_attribute()
    {
        var test = LayerTestSources.Test(
            LayerTestSources.Architecture,
            LayerTestSources.Cognition,
            ES1001KindsOfUseTests.User("Emily.Instinct", "public partial class Reflex { private {|#0:Planner|}? _first; }"),
            ES1001KindsOfUseTests.User("Emily.Instinct", "public partial class Reflex { private {|#1:Planner|}? _second; }"),
            ES1001KindsOfUseTests.User("Emily.Instinct", "[EmilySovereign.Layer(\"Mind\")] public partial class Mindful { }"),
            ES1001KindsOfUseTests.User("Emily.Instinct", "public partial class Mindful { private Planner? _allowed; }"));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        await test.RunAsync();
    }

    [Fact]
    public async Task Code_in_no_layer_is_never_constrained_and_may_be_used_by_all()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, LayerTestSources.Cognition, """
            namespace Tools
            {
                public class Helper { private Emily.Cognition.Planner? _planner; }
            }

            namespace Emily.NervousSystem.Wires
            {
                public class Wire { private Tools.Helper? _helper; }
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_layer_may_always_use_itself()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.NervousSystem.A { public class Left { } }
            namespace Emily.NervousSystem.B { public class Right { private Emily.NervousSystem.A.Left? _left; } }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task The_first_matching_pattern_wins_and_a_plain_pattern_matches_only_itself()
    {
        const string Architecture = """
            {
              "layers": {
                "Core":  { "namespaces": ["App.Core"], "mayUse": [] },
                "App":   { "namespaces": ["App.*"], "mayUse": ["Core"] }
              }
            }
            """;
        var test = LayerTestSources.Test(Architecture, """
            namespace App.Core { public class Kernel { private {|#0:App.Core.Deep.Thing|}? _thing; } }
            namespace App.Core.Deep { public class Thing { } }
            namespace App.Web { public class Page { private App.Core.Kernel? _kernel; } }
            """);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "App.Core.Kernel", "Core", "App.Core.Deep.Thing", "App", "(no other layer)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Referenced_assembly_types_are_placed_by_namespace()
    {
        var library = TestReferences.CompileLibrary("Cognition.Library", LayerTestSources.Cognition);
        var test = LayerTestSources.Test(LayerTestSources.Architecture,
            ES1001KindsOfUseTests.User("Emily.Instinct", "public class Reflex { private {|#0:Planner|}? _planner; public int Twice() => 2.{|#1:Twice|}(); }"));
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.PlanExtensions", "Cognition", MayUse));
        await test.RunAsync();
    }

    [Fact]
    public async Task Referenced_assembly_layer_attributes_are_read_from_metadata()
    {
        var library = TestReferences.CompileLibrary("Vendor.Library", """
            [assembly: EmilySovereign.Layer("Cognition")]

            namespace Vendor
            {
                public class Engine { }

                [EmilySovereign.Layer("NervousSystem")]
                public class Cable { }
            }
            """);
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Instinct
            {
                public class Reflex
                {
                    private {|#0:Vendor.Engine|}? _engine;
                    private Vendor.Cable? _cable;
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Vendor.Engine", "Cognition", MayUse));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_assembly_layer_written_with_the_assemblys_own_copy_of_the_attribute_is_read()
    {
        var library = TestReferences.CompileLibrary("Vendor.OwnCopy", """
            [assembly: EmilySovereign.Layer("Cognition")]

            namespace EmilySovereign { public sealed class LayerAttribute(string name) : System.Attribute { public string Name => name; } }

            namespace Vendor { public class Engine { } }
            """);
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Instinct
            {
                public class Reflex { private {|#0:Vendor.Engine|}? _engine; }
            }
            """);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Vendor.Engine", "Cognition", MayUse));
        await test.RunAsync();
    }

    /// <summary>
    /// The attributes of an assembly are read for a <c>[Layer]</c> only when it can hold one: the compilation's own, one
    /// that defines a copy of the attribute, one that references such an assembly; never the framework's.
    /// </summary>
    [Fact]
    public void Only_assemblies_that_can_name_the_attribute_are_read_for_layers()
    {
        var tagged = TestReferences.CompileLibrary("Vendor.Tagged", "namespace Vendor { [EmilySovereign.Layer(\"Cognition\")] public class Engine { } }");
        var ownCopy = TestReferences.CompileLibrary("Vendor.OwnCopy", "namespace EmilySovereign { public sealed class LayerAttribute : System.Attribute { } }");
        var plain = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Vendor.Plain", null, new[] { TestReferences.All.First(r => r.Display!.EndsWith("System.Runtime.dll", System.StringComparison.Ordinal)) }, TestReferences.LibraryOptions)
            .ToMetadataReference();
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "User", null, TestReferences.All.AddRange(new[] { tagged, ownCopy, plain }), TestReferences.LibraryOptions);
        var assemblies = new LayerRules(ArchitectureParser.Parse(LayerTestSources.Architecture).Layers) is var rules
            ? new EmilySovereign.Analyzers.Layers.LayerResolver(rules, compilation).AttributeAssemblies
            : null!;
        bool Holds(string name) => assemblies.MayHoldLayers(
            compilation.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == name));

        Assert.True(assemblies.MayHoldLayers(compilation.Assembly));
        Assert.True(Holds("EmilySovereign.Runtime"));
        Assert.True(Holds("Vendor.Tagged"));
        Assert.True(Holds("Vendor.OwnCopy"));
        Assert.False(Holds("Vendor.Plain"));
        Assert.False(Holds("System.Runtime"));
    }

    [Fact]
    public async Task Assembly_layer_attribute_wins_over_namespaces_for_the_compilations_own_types()
    {
        var library = TestReferences.CompileLibrary("Cognition.Library", LayerTestSources.Cognition);
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            [assembly: EmilySovereign.Layer("NervousSystem")]

            namespace Emily.Mind.Users
            {
                public class Nerve { private {|#0:Emily.Cognition.Planner|}? _planner; }
            }
            """);
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Mind.Users.Nerve", "NervousSystem", "Emily.Cognition.Planner", "Cognition", "(no other layer)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_architecture_file_means_no_diagnostics()
    {
        var test = LayerTestSources.Test(null!, LayerTestSources.Cognition, ES1001KindsOfUseTests.User("Emily.Instinct", """
            [EmilySovereign.Layer("Nowhere")]
            public class Reflex { private Planner? _planner; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Architecture_file_is_found_by_its_build_metadata_under_any_name()
    {
        var test = LayerTestSources.Test(null!, LayerTestSources.Cognition,
            ES1001KindsOfUseTests.User("Emily.Instinct", "public class Reflex { private {|#0:Planner|}? _planner; }"));
        test.TestState.AdditionalFiles.Add(("/0/layers.json", LayerTestSources.Architecture));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/0/layers.json]\nbuild_metadata.AdditionalFiles.EmilySovereignKind = Architecture\n"));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        await test.RunAsync();
    }

    /// <summary>
    /// A referenced assembly's types outside every namespace pattern are read for their names when the assembly can put
    /// a type in a layer: it references an assembly that defines the attribute, defines its own copy (matched by name),
    /// or is in a layer itself. A name the table missed would be skipped unbound.
    /// </summary>
    [Fact]
    public async Task Layered_types_of_referenced_assemblies_outside_every_pattern_are_found_by_their_names()
    {
        var tagged = TestReferences.CompileLibrary("Vendor.Tagged", """
            namespace Vendor
            {
                [EmilySovereign.Layer("Cognition")]
                public class Engine { public int Start() => 1; }

                public static class Shop { public static Engine Buy() => new(); }
            }
            """);
        var ownCopy = TestReferences.CompileLibrary("Vendor.OwnCopy", """
            namespace EmilySovereign { public sealed class LayerAttribute(string name) : System.Attribute { public string Name => name; } }

            namespace Supplier
            {
                [EmilySovereign.Layer("Cognition")]
                public class Pump { public int Run() => 1; }

                public static class Depot { public static Pump Take() => new(); }
            }
            """);
        var test = LayerTestSources.Test(LayerTestSources.Architecture, """
            namespace Emily.Instinct
            {
                public class Reflex
                {
                    int Started() => Vendor.Shop.Buy().{|#0:Start|}();
                    int Ran() => Supplier.Depot.Take().{|#1:Run|}();
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(tagged);
        test.TestState.AdditionalReferences.Add(ownCopy);
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "Emily.Instinct.Reflex", "Instinct", "Vendor.Engine", "Cognition", MayUse));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Emily.Instinct.Reflex", "Instinct", "Supplier.Pump", "Cognition", MayUse));
        await test.RunAsync();
    }

    /// <summary>Top-level statements are used by their synthesized type; a directive outside every namespace by the global namespace.</summary>
    [Fact]
    public async Task Top_level_statements_and_directives_outside_namespaces_are_named_as_users()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture,
            "[assembly: EmilySovereign.Layer(\"Instinct\")]\n",
            "using static {|#0:Emily.Cognition.Planner|};\n\nvar planner = new {|#1:Emily.Cognition.Planner|}();\n");
        test.TestState.AdditionalReferences.Add(TestReferences.CompileLibrary("Cognition.Library", LayerTestSources.Cognition));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(0, "the global namespace", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        test.ExpectedDiagnostics.Add(LayerTestSources.Violation(1, "Program", "Instinct", "Emily.Cognition.Planner", "Cognition", MayUse));
        await test.RunAsync();
    }
}
