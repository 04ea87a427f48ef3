using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// A per-compilation memo of a pure function of symbols, with one dictionary per thread. The driver runs an analyzer's
/// callbacks on every thread of the build, often on two cores: shared <c>ConcurrentDictionary</c> caches had those
/// threads spinning on each other's locks for a third of the layer and latency analyzers' time at 10 000 types
/// (issue 26). Here no thread ever waits for another; a value may be computed once per thread instead of once, which is
/// cheap for the functions kept here. Keys compare by reference: the compiler mostly hands out one object per symbol,
/// and where it makes equal ones (a constructed generic type, another nullability) each takes an entry, which a pure
/// function allows; a lookup then costs no walk through the symbol's equality (with SymbolEqualityComparer, 5 to 10 %
/// of the layer analyzer's time).
/// </summary>
internal sealed class PerThreadSymbolCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
{
    private readonly ThreadLocal<Dictionary<TSymbol, TValue>> _maps =
        new(static () => new Dictionary<TSymbol, TValue>(ByReference.Instance));

    private readonly Func<TSymbol, TValue>? _compute;

    /// <param name="compute">The function <see cref="GetOrAdd"/> memoizes; it may ask this cache for other symbols.</param>
    public PerThreadSymbolCache(Func<TSymbol, TValue>? compute = null) => _compute = compute;

    /// <summary>The value for <paramref name="symbol"/>, computed on this thread's first request for it.</summary>
    public TValue GetOrAdd(TSymbol symbol)
    {
        var map = _maps.Value!;
        if (!map.TryGetValue(symbol, out var value))
        {
            // Computed before it is stored: the computation may add other symbols to the same map.
            value = _compute!(symbol);
            map[symbol] = value;
        }

        return value;
    }

    public bool TryGetValue(TSymbol symbol, out TValue value) => _maps.Value!.TryGetValue(symbol, out value!);

    /// <summary>Stores a value computed outside <see cref="GetOrAdd"/> (with arguments of its own).</summary>
    public void Add(TSymbol symbol, TValue value) => _maps.Value![symbol] = value;

    private sealed class ByReference : IEqualityComparer<TSymbol>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(TSymbol? x, TSymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(TSymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
