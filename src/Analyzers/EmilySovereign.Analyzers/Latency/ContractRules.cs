using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The rules about budgets themselves: ES2004 (not a positive finite number) and ES2006 (wider than the contract). A
/// method that writes its own budget is checked with its body (<see cref="Member"/> from the operation block action, which
/// the driver calls for every method with an attribute); a method whose budget is its type's, by its type
/// (<see cref="Analyze"/>); a property, by itself. So a method without a budget, most of them, costs no callback here.
/// </summary>
internal static class ContractRules
{
    /// <summary>The symbol action of types and properties.</summary>
    public static void Analyze(LatencyContext latency, SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (latency.Budgets.For(symbol) is not { } budget)
            return;
        // Bound only for a symbol with a budget: binding the report delegate to the context boxes the context.
        Action<Diagnostic> report = context.ReportDiagnostic;
        if (symbol is INamedTypeSymbol type)
            Type(latency, type, budget, report, context.CancellationToken);
        else
            Member(latency, symbol, budget, report, context.CancellationToken);
    }

    /// <summary>ES2004 for a budget the member writes itself; ES2006 for each contract its budget is wider than.</summary>
    public static void Member(LatencyContext latency, ISymbol member, Budget budget, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var ownBudget = budget.IsDeclaredOn(member);
        if (ownBudget)
            ReportIfInvalid(budget, report);

        // An accessor comes here only when it writes its own budget: one from its property is the property's to check.
        if (!budget.IsValid)
            return;
        foreach (var (contract, contractBudget) in ContractBudgets.Of(latency, member))
        {
            if (budget.Milliseconds <= contractBudget.Milliseconds)
                continue;
            // The attribute when the member writes its own budget; its name when the budget comes from its type.
            var location = ownBudget ? budget.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() : null;
            report(Diagnostic.Create(
                Descriptors.BudgetLargerThanContract, location ?? member.Locations[0], MemberNames.Short(member),
                Budget.Format(budget.Milliseconds), Budget.Format(contractBudget.Milliseconds),
                MemberNames.Qualified(contract)));
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

    /// <summary>
    /// A budgeted type: its own budget, then the methods that take their budget from it, which may have no operation block
    /// (an abstract member implementing an interface's). Only the few budgeted types read their members.
    /// </summary>
    private static void Type(LatencyContext latency, INamedTypeSymbol type, Budget budget, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (budget.IsDeclaredOn(type))
            ReportIfInvalid(budget, report);
        if (!budget.IsValid)
            return;
        foreach (var member in type.GetMembers())
        {
            // Accessors are their property's; the members the compiler declares (a record's ToString) are no one's to mend.
            if (member is IMethodSymbol { AssociatedSymbol: null, IsImplicitlyDeclared: false } method && latency.Budgets.Declared(method) is null)
                Member(latency, method, budget, report, cancellationToken);
        }
    }
}
