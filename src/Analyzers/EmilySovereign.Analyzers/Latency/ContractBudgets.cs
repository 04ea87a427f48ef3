using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>The budgets a member has promised by overriding a base member or implementing interface members.</summary>
internal static class ContractBudgets
{
    public static ImmutableArray<(ISymbol Contract, Budget Budget)> Of(LatencyContext context, ISymbol member)
    {
        // Most budgeted members override nothing and implement no interface: they allocate nothing here.
        var overridden = member switch
        {
            IMethodSymbol method => (ISymbol?)method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        };
        var baseContract = overridden is not null && context.Budgets.For(overridden) is { IsValid: true } baseBudget
            ? ImmutableArray.Create((overridden, baseBudget))
            : ImmutableArray<(ISymbol, Budget)>.Empty;
        if (member.IsStatic || member.ContainingType is not { } type || type.AllInterfaces.IsEmpty)
            return baseContract;
        var contracts = ImmutableArray.CreateBuilder<(ISymbol, Budget)>();
        contracts.AddRange(baseContract);
        foreach (var contract in ExplicitOrImplicitImplementations(member, type))
        {
            if (context.Budgets.For(contract) is { IsValid: true } interfaceBudget)
                contracts.Add((contract, interfaceBudget));
        }

        return contracts.ToImmutable();
    }

    private static ImmutableArray<ISymbol> ExplicitOrImplicitImplementations(ISymbol member, INamedTypeSymbol type)
    {
        var explicitOnes = member switch
        {
            IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        if (!explicitOnes.IsEmpty)
            return explicitOnes;

        var found = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    found.Add(candidate);
            }
        }

        return found.ToImmutable();
    }
}
