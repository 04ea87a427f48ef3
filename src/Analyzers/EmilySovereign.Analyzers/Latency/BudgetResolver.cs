using System;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// Finds the budget of a member: its own <c>[LatencyBudget]</c>, else (for accessors) its property's, else the one of
/// its containing type or of an outer type. Works the same for source and metadata symbols. Types' budgets are cached
/// per compilation; a member's is read from the attribute list the compiler keeps, which costs less than a lookup in
/// a map of every member asked about: at 10 000 types most members are asked about once or twice, and each lookup in a
/// map that large waits on memory (issue 26).
/// </summary>
internal sealed class BudgetResolver
{
    // Looked up at the first attribute read, not at compilation start (RuntimeTypes.FindOnFirstUse).
    private readonly Lazy<INamedTypeSymbol?> _attributeType;
    private readonly PerThreadSymbolCache<INamedTypeSymbol, Budget?> _types;

    public BudgetResolver(Lazy<INamedTypeSymbol?> attributeType)
    {
        _attributeType = attributeType;
        _types = new(Compute);
    }

    /// <summary>The budget that applies to <paramref name="symbol"/>, or null when none does.</summary>
    public Budget? For(ISymbol symbol) =>
        symbol.OriginalDefinition is INamedTypeSymbol type ? _types.GetOrAdd(type) : Compute(symbol.OriginalDefinition);

    /// <summary>The budget written on <paramref name="symbol"/> itself, ignoring its types.</summary>
    public Budget? Declared(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsBudgetAttribute(attribute.AttributeClass))
                return Read(symbol, attribute);
        }

        return null;
    }

    public bool IsBudgetAttribute(INamedTypeSymbol? type) =>
        type is not null && _attributeType.Value is { } attributeType
        && (SymbolEqualityComparer.Default.Equals(type, attributeType)
            // A referenced assembly may have been compiled against another copy of the runtime assembly.
            || (type.Name == attributeType.Name && type.ContainingNamespace?.Name == "EmilySovereign"
                && type.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true));

    private Budget? Compute(ISymbol symbol)
    {
        if (Declared(symbol) is { } own)
            return own;
        if (symbol is IMethodSymbol method)
        {
            // Lambdas and local functions without their own budget run under their enclosing member's.
            if (method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
                return null;
            if (method.AssociatedSymbol is IPropertySymbol or IEventSymbol && Declared(method.AssociatedSymbol) is { } onProperty)
                return onProperty;
        }

        return symbol.ContainingType is { } type ? _types.GetOrAdd(type) : null;
    }

    private static Budget Read(ISymbol symbol, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1)
            return new Budget(double.NaN, symbol, attribute, IsValid: false);
        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Error || argument.Value is null)
            return new Budget(double.NaN, symbol, attribute, IsValid: false);
        var milliseconds = argument.Value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            _ => double.NaN,
        };
        var valid = !double.IsNaN(milliseconds) && !double.IsInfinity(milliseconds) && milliseconds > 0;
        return new Budget(milliseconds, symbol, attribute, valid);
    }
}
