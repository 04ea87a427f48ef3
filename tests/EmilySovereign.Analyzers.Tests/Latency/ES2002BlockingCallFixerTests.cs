using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.CodeFixes.Latency;
using static EmilySovereign.Testing.Roslyn.CodeFixVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer, EmilySovereign.CodeFixes.Latency.BlockingCallFixer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>The ES2002 fix: blocking waits and sleeps in async functions become awaits.</summary>
public sealed class ES2002BlockingCallFixerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using EmilySovereign;

        """;

    [Fact]
    public Task Result_becomes_await() =>
        VerifyCodeFixAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task<int> OpenAsync(Task<int> pending)
                {
                    await Task.Yield();
                    return {|#0:pending.Result|} + 1;
                }
            }
            """, Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task<int> OpenAsync(Task<int> pending)
                {
                    await Task.Yield();
                    return await pending + 1;
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("OpenAsync", "50", "OpenAsync → Task.Result", "blocks until the task completes (sync over async)"));

    [Fact]
    public Task Wait_and_GetResult_become_await() =>
        VerifyCodeFixAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task OpenAsync(Task pending, ValueTask<int> value)
                {
                    {|#0:pending.Wait()|};
                    var n = {|#1:value.GetAwaiter().GetResult()|};
                    {|#2:pending.ConfigureAwait(false).GetAwaiter().GetResult()|};
                }
            }
            """, Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task OpenAsync(Task pending, ValueTask<int> value)
                {
                    await pending;
                    var n = await value;
                    await pending.ConfigureAwait(false);
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("OpenAsync", "50", "OpenAsync → Task.Wait", "blocks until the task completes (sync over async)"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("OpenAsync", "50", "OpenAsync → ValueTaskAwaiter.GetResult", "blocks until the value task completes (sync over async)"),
            Diagnostic("ES2002").WithLocation(2).WithArguments("OpenAsync", "50", "OpenAsync → ConfiguredTaskAwaiter.GetResult", "blocks until the task completes (sync over async)"));

    [Fact]
    public Task Sleep_becomes_await_delay_and_fix_all_fixes_every_one()
    {
        var expected = new[]
        {
            Diagnostic("ES2002").WithLocation(0).WithArguments("OpenAsync", "50", "OpenAsync → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("OpenAsync", "50", "OpenAsync → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(2).WithArguments("CloseAsync", "50", "CloseAsync → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(3).WithArguments("CloseAsync", "50", "CloseAsync → Task.Result", "blocks until the task completes (sync over async)"),
        };
        return VerifyCodeFixAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task OpenAsync()
                {
                    {|#0:Thread.Sleep(10)|};
                    {|#1:Thread.Sleep(TimeSpan.FromMilliseconds(5))|};
                }

                [LatencyBudget(50)]
                async Task CloseAsync(Task<int> pending)
                {
                    Func<Task> later = async () => {|#2:Thread.Sleep(1)|};
                    Console.WriteLine({|#3:pending.Result|});
                }
            }
            """, Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task OpenAsync()
                {
                    await Task.Delay(10);
                    await Task.Delay(TimeSpan.FromMilliseconds(5));
                }

                [LatencyBudget(50)]
                async Task CloseAsync(Task<int> pending)
                {
                    Func<Task> later = async () => await Task.Delay(1);
                    Console.WriteLine(await pending);
                }
            }
            """,
            expected, System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), fixAllIterations: 2);
    }

    [Fact]
    public Task No_fix_outside_async_functions_or_for_other_blocking_calls()
    {
        var source = Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                int Open(Task<int> pending)
                {
                    {|#0:Thread.Sleep(1)|};
                    return {|#1:pending.Result|};
                }

                [LatencyBudget(50)]
                async Task CloseAsync(Task pending, SemaphoreSlim semaphore)
                {
                    Action sync = () => {|#2:pending.Wait()|};
                    _ = {|#3:pending.Wait(100)|};
                    {|#4:semaphore.Wait()|};
                    {|#5:Helper()|};
                }

                void Helper() => Thread.Sleep(1);
            }
            """;
        return VerifyCodeFixAsync(source, source,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Open", "50", "Open → Task.Result", "blocks until the task completes (sync over async)"),
            Diagnostic("ES2002").WithLocation(2).WithArguments("CloseAsync", "50", "CloseAsync → Task.Wait", "blocks until the task completes (sync over async)"),
            Diagnostic("ES2002").WithLocation(3).WithArguments("CloseAsync", "50", "CloseAsync → Task.Wait", "waits up to 100 ms, beyond the budget of 50 ms"),
            Diagnostic("ES2002").WithLocation(4).WithArguments("CloseAsync", "50", "CloseAsync → SemaphoreSlim.Wait", "waits for the semaphore"),
            Diagnostic("ES2002").WithLocation(5).WithArguments("CloseAsync", "50", "CloseAsync → Helper → Thread.Sleep", "sleeps the calling thread"));
    }
}
