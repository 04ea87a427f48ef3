using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>A <c>[LatencyBudget]</c> found for a symbol: the milliseconds and the symbol that declares them.</summary>
internal readonly struct Budget
{
    public Budget(double milliseconds, ISymbol declaredOn, AttributeData attribute, bool isValid)
    {
        Milliseconds = milliseconds;
        DeclaredOn = declaredOn;
        Attribute = attribute;
        IsValid = isValid;
    }

    public double Milliseconds { get; }

    /// <summary>The member or type that carries the attribute.</summary>
    public ISymbol DeclaredOn { get; }

    public AttributeData Attribute { get; }

    /// <summary>False for a budget ES2004 reports (≤ 0, NaN, infinite, not a constant); such a budget checks nothing.</summary>
    public bool IsValid { get; }

    public static string Format(double milliseconds) => milliseconds.ToString("0.###", CultureInfo.InvariantCulture);
}
