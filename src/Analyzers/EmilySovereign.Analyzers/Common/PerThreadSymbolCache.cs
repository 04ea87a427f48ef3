using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// A per-compilation memo of a pure function of symbols, with one dictionary per thread. The driver runs an analyzer's
/// callbacks on every thread of the build, often on two cores: shared <c>ConcurrentDictionary</c> caches had those
/// threads spinning on each other's locks for a third of the layer and latency analyzers' time at 10 000 types
/// (issue 26). Here no thread ever waits for another; a value may be computed once per thread instead of once, which is
/// cheap for the functions kept here. Keys compare with <see cref="SymbolEqualityComparer.Default"/>, not by reference:
/// <c>RuntimeHelpers.GetHashCode</c> on the compiler's symbols took 1.4 s at 10 000 types in a profile, all of it in the
/// runtime's slow path that gives an object its identity hash, far more than the symbol equality it was to replace.
/// The last symbol a thread asked for is kept beside its dictionary and compared by reference first: callbacks ask for
/// the same type many times in a row (the members of one type, the names of one body), and the dictionary's lookup,
/// symbol hashing and equality, was a tenth of the layer and latency analyzers' time at 10 000 types.
/// </summary>
internal sealed class PerThreadSymbolCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
{
    private readonly ThreadLocal<Map> _maps = new(static () => new Map());

    private readonly Func<TSymbol, TValue>? _compute;

    /// <param name="compute">The function <see cref="GetOrAdd"/> memoizes; it may ask this cache for other symbols.</param>
    public PerThreadSymbolCache(Func<TSymbol, TValue>? compute = null) => _compute = compute;

    /// <summary>The value for <paramref name="symbol"/>, computed on this thread's first request for it.</summary>
    public TValue GetOrAdd(TSymbol symbol)
    {
        var map = _maps.Value!;
        if (ReferenceEquals(map.LastSymbol, symbol))
        {
            return map.LastValue;
        }

        if (!map.Values.TryGetValue(symbol, out var value))
        {
            // Computed before it is stored: the computation may add other symbols to the same map.
            value = _compute!(symbol);
            map.Values[symbol] = value;
        }

        map.LastSymbol = symbol;
        map.LastValue = value;
        return value;
    }

    public bool TryGetValue(TSymbol symbol, out TValue value) => _maps.Value!.Values.TryGetValue(symbol, out value!);

    /// <summary>Stores a value computed outside <see cref="GetOrAdd"/> (with arguments of its own).</summary>
    public void Add(TSymbol symbol, TValue value)
    {
        var map = _maps.Value!;
        map.Values[symbol] = value;
        if (ReferenceEquals(map.LastSymbol, symbol))
        {
            map.LastValue = value;
        }
    }

    /// <summary>One thread's values, and the one it asked for last.</summary>
    private sealed class Map
    {
        public readonly Dictionary<TSymbol, TValue> Values = new(SymbolEqualityComparer.Default);
        public TSymbol? LastSymbol;
        public TValue LastValue = default!;
    }
}
