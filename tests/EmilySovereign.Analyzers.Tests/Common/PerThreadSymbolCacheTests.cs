using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Analyzers.Tests.Common;

/// <summary>
/// The analyzers' symbol caches keep one map per thread: a value is computed once per thread and symbol, each thread
/// sees only its own entries, and a computation may ask the cache for other symbols while it runs.
/// </summary>
public sealed class PerThreadSymbolCacheTests
{
    private static readonly INamedTypeSymbol[] Types = CompileTypes("class A { } class B : A { } class C : B { }");

    [Fact]
    public void A_value_is_computed_once_per_thread_and_symbol()
    {
        var computed = new List<(int Thread, string Symbol)>();
        var cache = new PerThreadSymbolCache<INamedTypeSymbol, string>(type =>
        {
            lock (computed)
                computed.Add((Environment.CurrentManagedThreadId, type.Name));
            return type.Name + "!";
        });

        var first = Ask(cache);
        var again = Ask(cache);
        string[] other = [];
        var thread = new Thread(() => other = Ask(cache));
        thread.Start();
        thread.Join();

        Assert.Equal(["A!", "B!", "C!"], first);
        Assert.Equal(first, again);
        Assert.Equal(first, other);
        // Three symbols on this thread, the same three again on the other one: nothing shared, nothing computed twice.
        Assert.Equal(6, computed.Count);
        Assert.Equal(2, computed.Select(entry => entry.Thread).Distinct().Count());
        Assert.Equal(3, computed.Distinct().Count(entry => entry.Thread == Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void Equal_symbols_share_an_entry()
    {
        var calls = 0;
        var cache = new PerThreadSymbolCache<ISymbol, int>(_ => ++calls);
        var again = CompileTypes("class A { } class B : A { } class C : B { }");

        // Another compilation's A is another symbol; the same compilation's A found twice is the same entry.
        Assert.Equal(1, cache.GetOrAdd(Types[0]));
        Assert.Equal(1, cache.GetOrAdd(Types[2].BaseType!.BaseType!));
        Assert.Equal(2, cache.GetOrAdd(again[0]));
    }

    [Fact]
    public void A_computation_may_fill_the_cache_with_other_symbols()
    {
        PerThreadSymbolCache<INamedTypeSymbol, int>? cache = null;
        var calls = 0;
        cache = new PerThreadSymbolCache<INamedTypeSymbol, int>(type =>
        {
            calls++;
            return type.BaseType is { SpecialType: SpecialType.None } baseType ? cache!.GetOrAdd(baseType) + 1 : 0;
        });

        Assert.Equal(2, cache.GetOrAdd(Types[2]));
        Assert.Equal(1, cache.GetOrAdd(Types[1]));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Added_values_are_found_on_the_thread_that_added_them_only()
    {
        var cache = new PerThreadSymbolCache<INamedTypeSymbol, int>();
        cache.Add(Types[0], 42);

        var foundElsewhere = true;
        var thread = new Thread(() => foundElsewhere = cache.TryGetValue(Types[0], out _));
        thread.Start();
        thread.Join();

        Assert.True(cache.TryGetValue(Types[0], out var value));
        Assert.Equal(42, value);
        Assert.False(cache.TryGetValue(Types[1], out _));
        Assert.False(foundElsewhere);
    }

    [Fact]
    public void A_value_added_for_the_symbol_asked_for_last_replaces_the_one_kept_for_it()
    {
        var calls = 0;
        var cache = new PerThreadSymbolCache<INamedTypeSymbol, int>(_ => ++calls);

        // The symbol asked for last is answered from beside the map, without computing or looking it up again ...
        Assert.Equal(1, cache.GetOrAdd(Types[0]));
        Assert.Equal(1, cache.GetOrAdd(Types[0]));
        // ... until a value is added for it, which is then the answer; another symbol's value leaves it alone.
        cache.Add(Types[0], 42);
        cache.Add(Types[1], 7);
        Assert.Equal(42, cache.GetOrAdd(Types[0]));
        Assert.Equal(7, cache.GetOrAdd(Types[1]));
        Assert.Equal(1, calls);
    }

    private static string[] Ask(PerThreadSymbolCache<INamedTypeSymbol, string> cache) => Types.Select(cache.GetOrAdd).ToArray();

    private static INamedTypeSymbol[] CompileTypes(string source)
    {
        var compilation = CSharpCompilation.Create("Cache", [CSharpSyntaxTree.ParseText(source)]);
        return new[] { "A", "B", "C" }.Select(name => compilation.GetTypeByMetadataName(name)!).ToArray();
    }
}
