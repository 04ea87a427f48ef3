using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Analyzers.Tests.Layers;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static EmilySovereign.Analyzers.Tests.Adrs.AdrTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Adrs.AdrAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Adrs;

/// <summary>ES5005 is off by default; an .editorconfig line turns it on for teams that want every layer type linked to an ADR.</summary>
public sealed class ES5005LayerTypeWithoutAdrTests
{
    private const string Source = """
        using EmilySovereign;
        namespace Emily.Instinct { class {|#0:Reflex|} { [Adr(1)] class Nested { } } [Adr(1)] class Gate { } partial class Split { } [Adr(1)] partial class Split { } }
        namespace Emily.Cognition.Planning { class {|#1:Planner|} { } }
        namespace Elsewhere { class Free { } [Layer("NervousSystem")] class {|#2:Wire|} { } }
        """;

    // The testing library turns every supported diagnostic on, so "off by default" is checked on a plain compilation.
    [Fact]
    public async Task Off_by_default()
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            new[] { CSharpSyntaxTree.ParseText("namespace Emily.Instinct { class Reflex { } }") },
            TestReferences.All,
            TestReferences.LibraryOptions);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(LayerTestSources.ArchitecturePath, LayerTestSources.Architecture)));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LayerTypeAdrAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.False(Descriptors.LayerTypeWithoutAdr.IsEnabledByDefault);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Enabled_by_editorconfig_reports_each_layer_type_without_adr() =>
        Test(enabled: true)
            .Expect(
                Diagnostic(Descriptors.LayerTypeWithoutAdr).WithLocation(0).WithArguments("Emily.Instinct.Reflex", "Instinct"),
                Diagnostic(Descriptors.LayerTypeWithoutAdr).WithLocation(1).WithArguments("Emily.Cognition.Planning.Planner", "Cognition"),
                Diagnostic(Descriptors.LayerTypeWithoutAdr).WithLocation(2).WithArguments("Elsewhere.Wire", "NervousSystem"))
            .RunAsync();

    [Fact]
    public Task Without_an_architecture_file_nothing_is_reported()
    {
        var test = Analyzer<LayerTypeAdrAnalyzer>("namespace Emily.Instinct { class Reflex { } }", ("0001-a.md", Accepted1));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.ES5005.severity = warning\n"));
        return test.RunAsync();
    }

    private static RuleTest<LayerTypeAdrAnalyzer> Test(bool enabled)
    {
        var test = Analyzer<LayerTypeAdrAnalyzer>(Source, ("0001-a.md", Accepted1));
        test.TestState.AdditionalFiles.Add((LayerTestSources.ArchitecturePath, LayerTestSources.Architecture));
        if (enabled)
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.ES5005.severity = warning\n"));
        return test;
    }
}
