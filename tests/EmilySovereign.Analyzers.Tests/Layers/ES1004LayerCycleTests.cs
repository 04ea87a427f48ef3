using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>ES1004: a cycle in mayUse is named, once, at the entry that closes it.</summary>
public sealed class ES1004LayerCycleTests
{
    [Fact]
    public async Task Two_layer_cycle_is_named_at_the_closing_entry()
    {
        const string Json = """
            {
              "layers": {
                "A": { "namespaces": ["A.*"], "mayUse": ["B"] },
                "B": { "namespaces": ["B.*"], "mayUse": ["A"] }
              }
            }
            """;
        var test = LayerTestSources.Test(Json, "namespace A { public class X { } }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerCycle)
            .WithSpan(LayerTestSources.ArchitecturePath, 4, 46, 4, 49)
            .WithArguments("The mayUse relation has a cycle: A -> B -> A"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Three_layer_cycle_is_reported_once()
    {
        const string Json = """
            {
              "layers": {
                "A": { "namespaces": [], "mayUse": ["B"] },
                "B": { "namespaces": [], "mayUse": ["C"] },
                "C": { "namespaces": [], "mayUse": ["A", "C"] }
              }
            }
            """;
        var test = LayerTestSources.Test(Json, "namespace A { public class X { } }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerCycle)
            .WithSpan(LayerTestSources.ArchitecturePath, 5, 41, 5, 44)
            .WithArguments("The mayUse relation has a cycle: A -> B -> C -> A"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Acyclic_relation_and_self_use_are_quiet()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture.Replace("\"mayUse\": []", "\"mayUse\": [\"NervousSystem\"]"), "namespace A { public class X { } }");
        await test.RunAsync();
    }
}
