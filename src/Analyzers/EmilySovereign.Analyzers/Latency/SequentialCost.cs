using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// ES2003: adds up the budgets of the budgeted calls a body makes one after another on its most expensive path.
/// Callees over budget on their own are left to ES2001. Branches count their most expensive arm, a loop with a constant bound multiplies its body, a loop without one
/// counts its body once and each budgeted call in it gets ES2007. Lambdas and local functions count nothing here:
/// their code runs when they are called.
/// </summary>
internal sealed class SequentialCost
{
    private readonly LatencyContext _context;
    private readonly ISymbol _owner;
    private readonly Budget _budget;
    private readonly Action<Diagnostic> _report;

    public SequentialCost(LatencyContext context, ISymbol owner, Budget budget, Action<Diagnostic> report)
    {
        _context = context;
        _owner = owner;
        _budget = budget;
        _report = report;
    }

    public void Check(IOperation body)
    {
        var cost = Walk(body, inUnboundedLoop: false);
        if (cost.Calls < 2 || cost.Milliseconds <= _budget.Milliseconds)
            return;
        var terms = string.Join(" + ", cost.Terms);
        _report(Diagnostic.Create(
            Descriptors.SequentialBudgetsExceedBudget, OwnerLocation(body), MemberNames.Short(_owner),
            Budget.Format(_budget.Milliseconds), Budget.Format(cost.Milliseconds), terms));
    }

    private Cost Walk(IOperation operation, bool inUnboundedLoop)
    {
        switch (operation)
        {
            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return Cost.Zero;
            case IConditionalOperation conditional:
                return Walk(conditional.Condition, inUnboundedLoop)
                    .Then(Cost.Max(Walk(conditional.WhenTrue, inUnboundedLoop), WalkOrZero(conditional.WhenFalse, inUnboundedLoop)));
            case ISwitchOperation @switch:
                return Walk(@switch.Value, inUnboundedLoop)
                    .Then(@switch.Cases.Select(c => Sum(c.Body, inUnboundedLoop)).Aggregate(Cost.Zero, Cost.Max));
            case ISwitchExpressionOperation switchExpression:
                return Walk(switchExpression.Value, inUnboundedLoop)
                    .Then(switchExpression.Arms.Select(arm => Walk(arm.Value, inUnboundedLoop)).Aggregate(Cost.Zero, Cost.Max));
            case ILoopOperation loop:
                var iterations = LoopBound.ConstantIterations(loop);
                var once = Sum(loop.ChildOperations, inUnboundedLoop || iterations is null);
                return iterations is { } count ? once.Times(count) : once;
            case ITryOperation @try:
                // Catch blocks are the exceptional path; the body and the finally block run one after the other.
                return Walk(@try.Body, inUnboundedLoop).Then(WalkOrZero(@try.Finally, inUnboundedLoop));
        }

        // A callee whose budget alone exceeds this one is ES2001's error already; the sum is about the others.
        var children = Sum(operation.ChildOperations, inUnboundedLoop);
        return CalleeOf(operation) is { } callee && _context.Budgets.For(callee) is { IsValid: true } calleeBudget
            && calleeBudget.Milliseconds <= _budget.Milliseconds
            ? children.Then(Cost.Call(callee, calleeBudget.Milliseconds, ReportIfUnbounded(operation, callee, calleeBudget, inUnboundedLoop)))
            : children;
    }

    private bool ReportIfUnbounded(IOperation operation, ISymbol callee, Budget calleeBudget, bool inUnboundedLoop)
    {
        if (inUnboundedLoop)
        {
            _report(Diagnostic.Create(
                Descriptors.BudgetedCallInUnboundedLoop, operation.Syntax.GetLocation(),
                MemberNames.Qualified(callee), Budget.Format(calleeBudget.Milliseconds), MemberNames.Short(_owner)));
        }

        return inUnboundedLoop;
    }

    private static ISymbol? CalleeOf(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IPropertyReferenceOperation property => property.Property,
        IObjectCreationOperation creation => creation.Constructor,
        _ => null,
    };

    private Cost WalkOrZero(IOperation? operation, bool inUnboundedLoop) =>
        operation is null ? Cost.Zero : Walk(operation, inUnboundedLoop);

    // Two overloads, not IEnumerable<IOperation>: both collections are structs with struct enumerators, which an
    // interface parameter would box on every node of the body.
    private Cost Sum(IOperation.OperationList operations, bool inUnboundedLoop)
    {
        var total = Cost.Zero;
        foreach (var operation in operations)
            total = total.Then(Walk(operation, inUnboundedLoop));
        return total;
    }

    private Cost Sum(System.Collections.Immutable.ImmutableArray<IOperation> operations, bool inUnboundedLoop)
    {
        var total = Cost.Zero;
        foreach (var operation in operations)
            total = total.Then(Walk(operation, inUnboundedLoop));
        return total;
    }

    private Location OwnerLocation(IOperation body) =>
        _owner.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == body.Syntax.SyntaxTree)
        ?? body.Syntax.GetLocation();
}
