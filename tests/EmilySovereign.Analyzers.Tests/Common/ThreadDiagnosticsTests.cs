using System.Threading;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Tests.Common;

/// <summary>
/// A check reports into its thread's list, and the callback that ran it reports what the list holds: the list must be
/// empty for each callback, even after one whose check threw, and no thread sees another's findings.
/// </summary>
public sealed class ThreadDiagnosticsTests
{
    private static readonly DiagnosticDescriptor Rule = Descriptors.LayerViolation;

    [Fact]
    public void Each_callback_starts_with_an_empty_list_even_after_a_check_that_threw()
    {
        var first = ThreadDiagnostics.OfThisThread();
        first.Add(Diagnostic.Create(Rule, Location.None));
        // A cancelled check stops here, before its callback reports and the list is read.

        var next = ThreadDiagnostics.OfThisThread();

        Assert.Empty(next.Found);
        next.Add(Diagnostic.Create(Rule, Location.None));
        Assert.Single(next.Found);
    }

    [Fact]
    public void A_thread_keeps_one_list_and_one_report_delegate()
    {
        // What the list is for: no allocation per checked body.
        var first = ThreadDiagnostics.OfThisThread();
        var next = ThreadDiagnostics.OfThisThread();

        Assert.Same(first, next);
        Assert.Same(first.Add, next.Add);
    }

    [Fact]
    public void A_thread_never_sees_another_threads_findings()
    {
        var mine = ThreadDiagnostics.OfThisThread();
        mine.Add(Diagnostic.Create(Rule, Location.None));

        var othersCount = -1;
        var other = new Thread(() => othersCount = ThreadDiagnostics.OfThisThread().Found.Count);
        other.Start();
        other.Join();

        Assert.Equal(0, othersCount);
        Assert.Single(mine.Found);
    }
}
