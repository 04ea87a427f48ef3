using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// ES1001 as a property: for random layer graphs and random type-use graphs, the analyzer reports exactly the uses that a simple reference
/// model forbids: both sides in a layer, different layers, and no mayUse edge between them.
/// </summary>
public sealed class ES1001LayerRulesPropertyTests
{
    /// <summary>A random world: layers with a mayUse matrix, types placed by namespace and/or [Layer], uses between types.</summary>
    private sealed record World(int Layers, bool[] Allowed, int[] NamespaceLayer, int[] AttributeLayer, (int From, int To)[] Uses)
    {
        public int LayerOf(int type) => AttributeLayer[type] >= 0 ? AttributeLayer[type] : NamespaceLayer[type];

        public bool Forbids((int From, int To) use)
        {
            int user = LayerOf(use.From), used = LayerOf(use.To);
            return user >= 0 && used >= 0 && user != used && !Allowed[(user * Layers) + used];
        }
    }

    private static readonly Gen<World> Worlds =
        from layers in Gen.Int[1, 4]
        from allowed in Gen.Bool.Array[layers * layers]
        from types in Gen.Int[2, 8]
        from namespaceLayer in Gen.Int[-1, layers - 1].Array[types]
        from attributeLayer in Gen.Int[-3, layers - 1].Array[types]
        from uses in Gen.Select(Gen.Int[0, types - 1], Gen.Int[0, types - 1]).Array[0, 12]
        select new World(layers, allowed, namespaceLayer, attributeLayer.Select(l => l < -1 ? -1 : l).ToArray(), uses);

    [Fact]
    public void Analyzer_reports_exactly_the_forbidden_uses()
    {
        Worlds.Sample(
            world =>
            {
                var (diagnostics, exceptions) = LayerTestSources.AnalyzeAsync(Architecture(world), new[] { Source(world) }).GetAwaiter().GetResult();
                Assert.Empty(exceptions);
                var reported = diagnostics
                    .Where(d => d.Id == DiagnosticIds.LayerViolation)
                    .Select(d => d.Location.SourceTree!.GetRoot().FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<VariableDeclarationSyntax>()!.Variables[0].Identifier.ValueText)
                    .OrderBy(name => name, System.StringComparer.Ordinal)
                    .ToList();
                var expected = Enumerable.Range(0, world.Uses.Length)
                    .Where(i => world.Forbids(world.Uses[i]))
                    .Select(i => "U" + i)
                    .OrderBy(name => name, System.StringComparer.Ordinal)
                    .ToList();
                Assert.Equal(expected, reported);
                Assert.DoesNotContain(diagnostics, d => d.Id != DiagnosticIds.LayerViolation && d.Id != DiagnosticIds.LayerCycle);
            },
            iter: 60,
            threads: 1);
    }

    private static string Architecture(World world)
    {
        var json = new StringBuilder("{ \"layers\": {");
        for (var layer = 0; layer < world.Layers; layer++)
        {
            var mayUse = Enumerable.Range(0, world.Layers).Where(j => world.Allowed[(layer * world.Layers) + j]).Select(j => $"\"L{j}\"");
            json.Append(layer == 0 ? " " : ", ")
                .Append($"\"L{layer}\": {{ \"namespaces\": [\"Ns{layer}.*\"], \"mayUse\": [{string.Join(", ", mayUse)}] }}");
        }

        return json.Append(" } }").ToString();
    }

    private static string Source(World world)
    {
        var fields = new List<string>[world.NamespaceLayer.Length];
        for (var t = 0; t < fields.Length; t++)
        {
            fields[t] = new List<string>();
        }

        for (var i = 0; i < world.Uses.Length; i++)
        {
            var (from, to) = world.Uses[i];
            fields[from].Add($"public global::{Namespace(world, to)}.T{to}? U{i};");
        }

        var source = new StringBuilder();
        for (var t = 0; t < fields.Length; t++)
        {
            var attribute = world.AttributeLayer[t] >= 0 ? $"[EmilySovereign.Layer(\"L{world.AttributeLayer[t]}\")] " : string.Empty;
            source.AppendLine($"namespace {Namespace(world, t)} {{ {attribute}public class T{t} {{ {string.Join(" ", fields[t])} }} }}");
        }

        return source.ToString();
    }

    private static string Namespace(World world, int type) => world.NamespaceLayer[type] >= 0 ? $"Ns{world.NamespaceLayer[type]}.Inner" : "Free";
}
