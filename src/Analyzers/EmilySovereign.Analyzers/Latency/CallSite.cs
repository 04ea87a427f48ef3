using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>What a call site of a body does, as far as latency is concerned.</summary>
internal enum CallSiteKind
{
    /// <summary>A member of the blocking catalog.</summary>
    Blocking,

    /// <summary>A <c>lock</c> statement.</summary>
    Lock,

    /// <summary>A member with a budget of its own.</summary>
    Budgeted,

    /// <summary>A member without a budget whose body is in this compilation: analysed transitively.</summary>
    Unbudgeted,
}

/// <summary>One call, property access, object creation or lock of a body.</summary>
internal sealed class CallSite
{
    public CallSite(CallSiteKind kind, IOperation operation, ISymbol? target,
        string reason = "", WaitBound? bound = null, Budget calleeBudget = default, IMethodSymbol? body = null)
    {
        Kind = kind;
        Operation = operation;
        Target = target;
        Reason = reason;
        Bound = bound ?? WaitBound.Unbounded;
        CalleeBudget = calleeBudget;
        Body = body;
    }

    public CallSiteKind Kind { get; }

    public IOperation Operation { get; }

    /// <summary>The member reached; null for a lock.</summary>
    public ISymbol? Target { get; }

    /// <summary>For <see cref="CallSiteKind.Blocking"/>: why the member blocks.</summary>
    public string Reason { get; }

    /// <summary>For <see cref="CallSiteKind.Blocking"/>: how long it may block.</summary>
    public WaitBound Bound { get; }

    /// <summary>For <see cref="CallSiteKind.Budgeted"/>: the callee's budget.</summary>
    public Budget CalleeBudget { get; }

    /// <summary>For <see cref="CallSiteKind.Unbudgeted"/>: the method whose body the call runs.</summary>
    public IMethodSymbol? Body { get; }
}
