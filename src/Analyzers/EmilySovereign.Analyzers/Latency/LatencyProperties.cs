namespace EmilySovereign.Analyzers.Latency;

/// <summary>Keys and values of the diagnostic properties the latency code fixes read.</summary>
internal static class LatencyProperties
{
    /// <summary>On ES2002: which rewrite turns the blocking call into an await (absent when none applies).</summary>
    public const string BlockingFix = "LatencyBlockingFix";

    /// <summary><c>task.Result</c>, <c>task.Wait()</c>, <c>task.GetAwaiter().GetResult()</c> → <c>await task</c>.</summary>
    public const string AwaitFix = "Await";

    /// <summary><c>Thread.Sleep(x)</c> → <c>await Task.Delay(x)</c>.</summary>
    public const string DelayFix = "Delay";

    /// <summary>On ES2001: the callee's budget in milliseconds (invariant culture), when raising the caller's is allowed.</summary>
    public const string RaiseBudgetTo = "LatencyRaiseBudgetTo";
}
