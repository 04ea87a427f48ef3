using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// The diagnostics one check finds, kept in one list per thread for the callback that runs it to report from its own
/// context. A report delegate bound to a context struct (<c>context.ReportDiagnostic</c>) boxes the whole context, once
/// for every checked body: 20 000 boxes for the budgeted methods of a 10 000-type codebase.
/// </summary>
internal sealed class ThreadDiagnostics
{
    [ThreadStatic]
    private static ThreadDiagnostics? _ofThisThread;

    private readonly List<Diagnostic> _found = new();

    private ThreadDiagnostics() => Add = _found.Add;

    /// <summary>This thread's list, empty: a callback takes it, runs its check and reports what it holds.</summary>
    public static ThreadDiagnostics OfThisThread()
    {
        var list = _ofThisThread ??= new ThreadDiagnostics();
        // A check that threw (cancelled) left its findings: they belong to no later callback.
        list._found.Clear();
        return list;
    }

    /// <summary>The delegate a check reports through; made once per thread.</summary>
    public Action<Diagnostic> Add { get; }

    public IReadOnlyList<Diagnostic> Found => _found;
}
