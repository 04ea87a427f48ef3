using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// Checks one budgeted body: blocking calls (ES2002), locks (ES2005) and larger callee budgets (ES2001), directly or
/// through the unbudgeted methods it calls (then with the chain in the message); then the sequential sum (ES2003).
/// </summary>
internal sealed class BudgetedBodyChecker
{
    private readonly LatencyContext _context;
    private readonly ISymbol _owner;
    private readonly Budget _budget;
    private readonly string _ownerName;
    private readonly Action<Diagnostic> _report;
    private readonly CancellationToken _cancellationToken;

    public BudgetedBodyChecker(LatencyContext context, ISymbol owner, Budget budget, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _context = context;
        _owner = owner;
        _budget = budget;
        _ownerName = MemberNames.Short(owner);
        _report = report;
        _cancellationToken = cancellationToken;
    }

    private string BudgetText => Budget.Format(_budget.Milliseconds);

    public void Check(IOperation body)
    {
        // The sum (ES2003, ES2007) adds budgeted callees only: a body that calls none needs no second walk.
        var callsBudgeted = false;
        foreach (var site in _context.Sites.Collect(body))
        {
            switch (site.Kind)
            {
                case CallSiteKind.Blocking:
                    callsBudgeted |= _context.Budgets.For(site.Target!) is not null;
                    ReportBlocking(site.Operation, Chain.Of(MemberNames.Qualified(site.Target!)), site.Reason, site.Bound, AsyncRewrite.For(site.Operation, _owner));
                    break;
                case CallSiteKind.Lock:
                    Report(Descriptors.LockInBudgetedCode, LockLocation(site.Operation), null, _ownerName, BudgetText, Chain.Of("lock").Prepend(_ownerName));
                    break;
                case CallSiteKind.Budgeted:
                    callsBudgeted = true;
                    if (site.CalleeBudget.IsValid)
                        ReportLargerBudget(site.Operation, Chain.Of(MemberNames.Qualified(site.Target!)), site.CalleeBudget.Milliseconds);
                    break;
                case CallSiteKind.Unbudgeted:
                    CheckTransitive(site);
                    break;
            }
        }

        if (callsBudgeted)
            new SequentialCost(_context, _owner, _budget, _report).Check(body);
    }

    private void CheckTransitive(CallSite site)
    {
        var summary = _context.CallGraph.SummaryOf(site.Body!, _cancellationToken);
        if (summary.Blocking is { } blocking)
            ReportBlocking(site.Operation, blocking.Chain, blocking.Reason, blocking.Bound, fix: null);
        if (summary.Lock is { } lockChain)
            Report(Descriptors.LockInBudgetedCode, site.Operation.Syntax.GetLocation(), null, _ownerName, BudgetText, lockChain.Prepend(_ownerName));
        if (summary.LargestBudget is { } largest)
            ReportLargerBudget(site.Operation, largest.Chain, largest.Milliseconds);
    }

    private void ReportBlocking(IOperation operation, Chain chain, string reason, WaitBound bound, string? fix)
    {
        if (bound.IsBounded && bound.Milliseconds <= _budget.Milliseconds)
            return;
        if (bound.IsBounded)
            reason = "waits up to " + Budget.Format(bound.Milliseconds) + " ms, beyond the budget of " + BudgetText + " ms";
        else if (!bound.IsConstant)
            reason += "; its timeout is not a constant";
        var properties = fix is null ? null : ImmutableDictionary<string, string?>.Empty.Add(LatencyProperties.BlockingFix, fix);
        properties = _context.Baseline?.Key(DiagnosticIds.BlockingCall, MemberNames.Qualified(_owner), chain.Name, properties) ?? properties;
        Report(Descriptors.BlockingCall, operation.Syntax.GetLocation(), properties, _ownerName, BudgetText, chain.Prepend(_ownerName), reason);
    }

    private void ReportLargerBudget(IOperation operation, Chain chain, double calleeMilliseconds)
    {
        if (calleeMilliseconds <= _budget.Milliseconds)
            return;
        var properties = CanRaiseBudget()
            ? ImmutableDictionary<string, string?>.Empty.Add(LatencyProperties.RaiseBudgetTo, calleeMilliseconds.ToString("R", CultureInfo.InvariantCulture))
            : null;
        properties = _context.Baseline?.Key(DiagnosticIds.CallsLargerBudget, MemberNames.Qualified(_owner), chain.Name, properties) ?? properties;
        Report(Descriptors.CallsLargerBudget, operation.Syntax.GetLocation(), properties, _ownerName, BudgetText, chain.Prepend(_ownerName), Budget.Format(calleeMilliseconds));
    }

    /// <summary>Raising is no fix when the budget is an interface's contract or one a base member or interface promises.</summary>
    private bool CanRaiseBudget()
    {
        if (_budget.DeclaredOn is INamedTypeSymbol { TypeKind: TypeKind.Interface } || _owner.ContainingType?.TypeKind == TypeKind.Interface)
            return false;
        var member = _owner is IMethodSymbol { AssociatedSymbol: { } property } ? property : _owner;
        return ContractBudgets.Of(_context, member).IsEmpty;
    }

    private static Location LockLocation(IOperation operation) =>
        operation.Syntax is LockStatementSyntax statement
            ? Location.Create(statement.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(statement.LockKeyword.SpanStart, statement.CloseParenToken.Span.End))
            : operation.Syntax.GetLocation();

    private void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object[] arguments) =>
        _report(Diagnostic.Create(descriptor, location, properties, Array.ConvertAll(arguments, argument => (object)argument.ToString())));
}
