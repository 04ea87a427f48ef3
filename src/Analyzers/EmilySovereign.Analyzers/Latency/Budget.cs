using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>A <c>[LatencyBudget]</c> found for a symbol: the milliseconds and the symbol that declares them.</summary>
/// <param name="DeclaredOn">The member or type that carries the attribute.</param>
/// <param name="IsValid">False for a budget ES2004 reports (≤ 0, NaN, infinite, not a constant); such a budget checks nothing.</param>
internal readonly record struct Budget(double Milliseconds, ISymbol DeclaredOn, AttributeData Attribute, bool IsValid)
{
    /// <summary>Whether <paramref name="symbol"/> writes this budget itself, rather than taking its type's or its property's.</summary>
    public bool IsDeclaredOn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(DeclaredOn, symbol);

    public static string Format(double milliseconds) => milliseconds.ToString("0.###", CultureInfo.InvariantCulture);
}
