using System.Linq;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>
/// The masks of the last four types a body walk looked up, held so that most lookups skip the per-thread dictionary:
/// each of the four slots answers with its own mask, and a fifth type replaces the oldest.
/// </summary>
public sealed class RecentTypesTests
{
    private static readonly ITypeSymbol[] Types = new[]
    {
        SpecialType.System_Int32, SpecialType.System_String, SpecialType.System_Boolean, SpecialType.System_Double, SpecialType.System_Char,
    }.Select(CSharpCompilation.Create("Types", references: TestReferences.All).GetSpecialType).ToArray<ITypeSymbol>();

    [Fact]
    public void Each_of_the_last_four_types_answers_with_its_own_mask()
    {
        var recent = new BodyLayers.RecentTypes();
        for (var i = 0; i < 4; i++)
            recent.Add(Types[i], 1UL << i);

        for (var i = 0; i < 4; i++)
        {
            Assert.True(recent.TryGet(Types[i], out var layers));
            Assert.Equal(1UL << i, layers);
        }

        Assert.False(recent.TryGet(Types[4], out _));
    }

    [Fact]
    public void A_fifth_type_replaces_the_oldest()
    {
        var recent = new BodyLayers.RecentTypes();
        for (var i = 0; i < 5; i++)
            recent.Add(Types[i], 1UL << i);

        Assert.False(recent.TryGet(Types[0], out _));
        for (var i = 1; i < 5; i++)
        {
            Assert.True(recent.TryGet(Types[i], out var layers));
            Assert.Equal(1UL << i, layers);
        }
    }
}
