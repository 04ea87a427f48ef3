using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>ES1004: a cycle in mayUse is named, once, at the entry that closes it.</summary>
public sealed class ES1004LayerCycleTests
{
    [Theory]
    [InlineData("""
        {
          "layers": {
            "A": { "namespaces": ["A.*"], "mayUse": ["B"] },
            "B": { "namespaces": ["B.*"], "mayUse": ["A"] }
          }
        }
        """, 4, 46, 49, "A -> B -> A")]
    [InlineData("""
        {
          "layers": {
            "A": { "namespaces": [], "mayUse": ["B"] },
            "B": { "namespaces": [], "mayUse": ["C"] },
            "C": { "namespaces": [], "mayUse": ["A", "C"] }
          }
        }
        """, 5, 41, 44, "A -> B -> C -> A")]
    public async Task Cycle_is_named_once_at_the_entry_that_closes_it(string json, int line, int column, int endColumn, string cycle)
    {
        var test = LayerTestSources.Test(json, "namespace A { public class X { } }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.LayerCycle)
            .WithSpan(LayerTestSources.ArchitecturePath, line, column, line, endColumn)
            .WithArguments("The mayUse relation has a cycle: " + cycle));
        await test.RunAsync();
    }

    [Fact]
    public async Task Acyclic_relation_and_self_use_are_quiet()
    {
        var test = LayerTestSources.Test(LayerTestSources.Architecture.Replace("\"mayUse\": []", "\"mayUse\": [\"NervousSystem\"]"), "namespace A { public class X { } }");
        await test.RunAsync();
    }
}
