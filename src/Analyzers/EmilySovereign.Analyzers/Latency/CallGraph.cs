using System.Collections.Generic;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The per-compilation call-graph summary of unbudgeted methods (ADR 0041): each method's <see cref="MethodSummary"/>
/// is computed once, from its own call sites and the summaries of the unbudgeted methods it calls, and cached.
/// A cycle is cut where it closes; a summary computed while a cycle member was still open is not cached (it may be
/// incomplete) and is computed again when asked from outside the cycle.
/// </summary>
internal sealed class CallGraph
{
    private const int MaxDepth = 64;

    private readonly LatencyContext _context;
    private readonly PerThreadSymbolCache<IMethodSymbol, MethodSummary> _summaries = new();

    public CallGraph(LatencyContext context) => _context = context;

    public MethodSummary SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = Normalize(method);
        // Most callees were summarized before: no set of open methods for them.
        return _summaries.TryGetValue(method, out var cached)
            ? cached
            : Compute(method, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken, out _);
    }

    private MethodSummary Compute(IMethodSymbol method, HashSet<IMethodSymbol> open, CancellationToken cancellationToken, out bool provisional)
    {
        provisional = false;
        if (_summaries.TryGetValue(method, out var cached))
            return cached;
        if (open.Contains(method) || open.Count >= MaxDepth)
        {
            provisional = true;
            return MethodSummary.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        open.Add(method);
        var summary = Summarize(method, open, cancellationToken, out var dependsOnOpen);
        open.Remove(method);

        // Only the outermost open method of a cycle sees every member of it: its summary, and any summary that did
        // not depend on an open method, is final.
        provisional = dependsOnOpen && open.Count > 0;
        if (!provisional)
            _summaries.Add(method, summary);
        return summary;
    }

    private MethodSummary Summarize(IMethodSymbol method, HashSet<IMethodSymbol> open, CancellationToken cancellationToken, out bool dependsOnOpen)
    {
        dependsOnOpen = false;
        var body = _context.BodyOf(method, cancellationToken);
        if (body is null)
            return MethodSummary.Empty;

        var self = MemberNames.Short(method);
        BlockingFinding? blocking = null;
        Chain? lockChain = null;
        BudgetFinding? largest = null;
        foreach (var site in _context.Sites.Collect(body))
        {
            switch (site.Kind)
            {
                case CallSiteKind.Blocking:
                    var api = Chain.Of(MemberNames.Qualified(site.Target!)).Prepend(self);
                    blocking = BlockingFinding.Worse(blocking, new BlockingFinding(api, site.Reason, site.Bound));
                    break;
                case CallSiteKind.Lock:
                    lockChain ??= Chain.Of("lock").Prepend(self);
                    break;
                case CallSiteKind.Budgeted when site.CalleeBudget.IsValid:
                    var callee = Chain.Of(MemberNames.Qualified(site.Target!)).Prepend(self);
                    largest = BudgetFinding.Larger(largest, new BudgetFinding(callee, site.CalleeBudget.Milliseconds));
                    break;
                case CallSiteKind.Unbudgeted:
                    var inner = Compute(Normalize(site.Body!), open, cancellationToken, out var innerProvisional);
                    dependsOnOpen |= innerProvisional;
                    if (inner.Blocking is { } innerBlocking)
                        blocking = BlockingFinding.Worse(blocking, innerBlocking.From(self));
                    if (inner.Lock is { } innerLock)
                        lockChain ??= innerLock.Prepend(self);
                    if (inner.LargestBudget is { } innerBudget)
                        largest = BudgetFinding.Larger(largest, innerBudget.From(self));
                    break;
            }
        }

        return blocking is null && lockChain is null && largest is null
            ? MethodSummary.Empty
            : new MethodSummary(blocking, lockChain, largest);
    }


    private static IMethodSymbol Normalize(IMethodSymbol method) =>
        (method.PartialImplementationPart ?? method).OriginalDefinition;
}
