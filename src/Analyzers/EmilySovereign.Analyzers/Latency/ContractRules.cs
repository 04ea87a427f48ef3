using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>The rules about budgets themselves: ES2004 (not a positive finite number) and ES2006 (wider than the contract).</summary>
internal static class ContractRules
{
    public static void Analyze(LatencyContext latency, SymbolAnalysisContext context)
    {
        // The budget that applies is the one the symbol declares when it declares one: one walk of its attributes.
        var symbol = context.Symbol;
        // A partial method's implementation part, which the driver also calls back for, shares its definition's attributes
        // and budget: the definition reports.
        if (symbol is IMethodSymbol { PartialDefinitionPart: not null } || latency.Budgets.For(symbol) is not { } budget)
            return;
        // Binding the report delegate to the context boxes the context: only for the rare invalid budget.
        if (!budget.IsValid && SymbolEqualityComparer.Default.Equals(budget.DeclaredOn, symbol))
            ReportIfInvalid(budget, context.ReportDiagnostic);

        // Accessors share their property's budget and contract: the property reports.
        if (symbol is INamedTypeSymbol || symbol is IMethodSymbol { AssociatedSymbol: not null } || !budget.IsValid)
            return;
        foreach (var (contract, contractBudget) in ContractBudgets.Of(latency, symbol))
        {
            if (budget.Milliseconds <= contractBudget.Milliseconds)
                continue;
            var location = BudgetLocation(budget, symbol, context.CancellationToken) ?? symbol.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BudgetLargerThanContract, location, MemberNames.Short(symbol),
                Budget.Format(budget.Milliseconds), Budget.Format(contractBudget.Milliseconds),
                contract.ContainingType.Name + "." + contract.Name));
        }
    }

    public static void ReportIfInvalid(Budget budget, Action<Diagnostic> report)
    {
        if (budget.IsValid)
            return;
        var syntax = budget.Attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
        var location = syntax?.ArgumentList?.Arguments.Count > 0
            ? syntax.ArgumentList.Arguments[0].GetLocation()
            : syntax?.GetLocation() ?? Location.None;
        var shown = double.IsNaN(budget.Milliseconds) && syntax?.ArgumentList?.Arguments.Count > 0
            ? syntax.ArgumentList.Arguments[0].ToString()
            : Budget.Format(budget.Milliseconds);
        report(Diagnostic.Create(Descriptors.InvalidBudget, location, shown));
    }

    /// <summary>The attribute when the member writes its own budget; its name when the budget comes from its type.</summary>
    private static Location? BudgetLocation(Budget budget, ISymbol symbol, System.Threading.CancellationToken cancellationToken) =>
        SymbolEqualityComparer.Default.Equals(budget.DeclaredOn, symbol)
            ? budget.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()
            : null;
}
