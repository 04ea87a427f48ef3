using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// Lists the call sites of a body. Lambdas and local functions are part of the body they are written in, unless they
/// carry a budget of their own: then they are analysed as budgeted code of their own and skipped here.
/// </summary>
internal sealed class CallSiteCollector
{
    private readonly LatencyContext _context;

    public CallSiteCollector(LatencyContext context) => _context = context;

    public List<CallSite> Collect(IOperation body)
    {
        var sites = new List<CallSite>();
        Visit(body, sites);
        return sites;
    }

    /// <summary>True for a lambda or local function with its own <c>[LatencyBudget]</c>.</summary>
    public bool HasOwnBudget(IOperation operation) => operation.Kind switch
    {
        OperationKind.AnonymousFunction => _context.Budgets.Declared(((IAnonymousFunctionOperation)operation).Symbol) is not null,
        OperationKind.LocalFunction => _context.Budgets.Declared(((ILocalFunctionOperation)operation).Symbol) is not null,
        _ => false,
    };

    private void Visit(IOperation operation, List<CallSite> sites)
    {
        if (HasOwnBudget(operation))
            return;
        if (Classify(operation) is { } site)
            sites.Add(site);
        foreach (var child in operation.ChildOperations)
            Visit(child, sites);
    }

    // Chosen by kind, one virtual call, rather than by a series of interface type tests on every operation of the body.
    private CallSite? Classify(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.Lock:
                return new CallSite(CallSiteKind.Lock, operation, null);
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                return ForMember(operation, invocation.TargetMethod, invocation.TargetMethod, invocation);
            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)operation;
                var accessor = IsWrite(property) ? property.Property.SetMethod : property.Property.GetMethod;
                return ForMember(operation, property.Property, accessor, null);
            case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Constructor is { } constructor:
                return ForMember(operation, constructor, constructor, null);
            default:
                return null;
        }
    }

    private CallSite? ForMember(IOperation operation, ISymbol member, IMethodSymbol? body, IInvocationOperation? invocation)
    {
        if (_context.Blocking.ReasonFor(member) is { } reason)
        {
            var bound = invocation is null ? WaitBound.Unbounded : WaitBound.Of(invocation);
            return new CallSite(CallSiteKind.Blocking, operation, member, reason, bound);
        }

        if (_context.Budgets.For(member) is { } budget)
            return new CallSite(CallSiteKind.Budgeted, operation, member, calleeBudget: budget);
        if (body is not null && _context.HasAnalysableBody(body))
            return new CallSite(CallSiteKind.Unbudgeted, operation, member, body: body);
        return null;
    }

    private static bool IsWrite(IPropertyReferenceOperation property) =>
        property.Parent is IAssignmentOperation assignment && assignment.Target == property
        && assignment is not ICompoundAssignmentOperation;
}
