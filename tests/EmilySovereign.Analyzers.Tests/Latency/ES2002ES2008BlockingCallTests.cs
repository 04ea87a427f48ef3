using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2002 beyond the catalog entries (timeouts, overrides, nested functions, user catalogs) and ES2008 (a user catalog line that cannot be read).</summary>
public sealed class ES2002ES2008BlockingCallTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using EmilySovereign;

        """;

    [Fact]
    public Task Thread_sleep_in_budgeted_method_is_reported() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open() => {|#0:Thread.Sleep(10)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Unbudgeted_method_may_block() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                void Open() => Thread.Sleep(10);
            }
            """);

    [Fact]
    public Task Constant_timeouts_within_the_budget_are_allowed() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open(SemaphoreSlim semaphore, Thread worker, WaitHandle handle)
                {
                    semaphore.Wait(20);
                    semaphore.Wait(50);
                    semaphore.Wait(TimeSpan.FromMilliseconds(20));
                    semaphore.Wait(TimeSpan.Zero);
                    worker.Join(10);
                    handle.WaitOne(5);
                }
            }
            """);

    [Fact]
    public Task Constant_timeouts_beyond_the_budget_are_reported_as_such() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open(SemaphoreSlim semaphore, Thread worker)
                {
                    {|#0:semaphore.Wait(80)|};
                    {|#1:semaphore.Wait(TimeSpan.FromSeconds(1))|};
                    {|#2:worker.Join(Timeout.Infinite)|};
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → SemaphoreSlim.Wait", "waits up to 80 ms, beyond the budget of 50 ms"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Open", "50", "Open → SemaphoreSlim.Wait", "waits up to 1000 ms, beyond the budget of 50 ms"),
            Diagnostic("ES2002").WithLocation(2).WithArguments("Open", "50", "Open → Thread.Join", "waits for another thread to finish"));

    [Fact]
    public Task Timeout_that_is_not_a_constant_is_reported() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open(SemaphoreSlim semaphore, int timeout) => {|#0:semaphore.Wait(timeout)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → SemaphoreSlim.Wait", "waits for the semaphore; its timeout is not a constant"));

    [Fact]
    public Task Sleep_within_the_budget_is_still_a_blocking_delay() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open() => {|#0:Thread.Sleep(TimeSpan.FromMilliseconds(1))|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Override_of_a_catalogued_member_is_reported() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open(FileStream file, byte[] buffer) => {|#0:file.Read(buffer, 0, 1)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → FileStream.Read", "synchronous stream I/O"));

    [Fact]
    public Task Lambdas_and_local_functions_run_under_the_members_budget() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open(Task<int> pending)
                {
                    Action wait = () => {|#0:Thread.Sleep(1)|};
                    Func<int> read = delegate { return {|#1:pending.Result|}; };
                    Local();

                    void Local() => {|#2:File.ReadAllText("profile")|};
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Open", "50", "Open → Task.Result", "blocks until the task completes (sync over async)"),
            Diagnostic("ES2002").WithLocation(2).WithArguments("Open", "50", "Open → File.ReadAllText", "synchronous file I/O"));

    [Fact]
    public Task Lambda_and_local_function_with_their_own_budget_are_checked_against_it() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                void Unbudgeted()
                {
                    Func<int> read = [LatencyBudget(5)] () => { {|#0:Thread.Sleep(1)|}; return 1; };
                    Slow();

                    [LatencyBudget(500)]
                    void Slow() => {|#1:File.ReadAllText("profile")|};
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("lambda", "5", "lambda → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Slow", "500", "Slow → File.ReadAllText", "synchronous file I/O"));

    [Fact]
    public Task Lambda_and_local_function_budgeted_through_a_global_alias_of_another_file_are_checked() =>
        VerifyAnalyzerAsync(
            new[]
            {
                "global using Budget = EmilySovereign.LatencyBudgetAttribute;\n",
                """
                using System;
                using System.Threading;

                class Gate
                {
                    void Unbudgeted()
                    {
                        Action wait = [Budget(5)] () => {|#0:Thread.Sleep(1)|};
                        Slow();

                        [Budget(500)]
                        void Slow() => {|#1:Thread.Sleep(1)|};
                    }
                }
                """,
            },
            Diagnostic("ES2002").WithLocation(0).WithArguments("lambda", "5", "lambda → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Slow", "500", "Slow → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Lambda_budgeted_through_a_using_alias_of_its_file_is_checked() =>
        VerifyAnalyzerAsync("""
            using System;
            using System.Threading;

            namespace App
            {
                using Budget = EmilySovereign.LatencyBudgetAttribute;

                class Gate
                {
                    void Unbudgeted()
                    {
                        Action wait = [Budget(5)] () => {|#0:Thread.Sleep(1)|};
                        // LatencyBudget in a comment, [Obsolete] on a local function: neither is a budget.
                        Plain();

                        [Obsolete]
                        void Plain() => Thread.Sleep(1);
                    }
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("lambda", "5", "lambda → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task User_catalog_adds_members_and_whole_types() =>
        Test(Usings + """
            namespace Vendor
            {
                public static class Sdk { public static int Fetch() => 1; public static int Cached() => 2; }
                public sealed class LegacyDb { public void Query() { } }
            }

            class Gate
            {
                [LatencyBudget(50)]
                void Open(Vendor.LegacyDb db)
                {
                    {|#0:Vendor.Sdk.Fetch()|};
                    Vendor.Sdk.Cached();
                    {|#1:db.Query()|};
                }
            }
            """)
        .WithAdditionalFile(BlockingCatalog.UserFileName, """
            # our vendor SDK
            M:Vendor.Sdk.Fetch;network round trip
            T:Vendor.LegacyDb;every call is a synchronous database round trip
            """)
        .Expect(
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Sdk.Fetch", "network round trip"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Open", "50", "Open → LegacyDb.Query", "every call is a synchronous database round trip"))
        .RunAsync();

    [Fact]
    public Task Override_of_a_member_of_a_type_the_user_catalog_lists_whole_is_reported() =>
        Test(Usings + """
            namespace Vendor
            {
                public abstract class Transport { public abstract void Transmit(); }
            }

            sealed class Pipe : Vendor.Transport { public override void Transmit() { } }

            class Gate
            {
                [LatencyBudget(50)]
                void Open(Pipe pipe) => {|#0:pipe.Transmit()|};
            }
            """)
        .WithAdditionalFile(BlockingCatalog.UserFileName, "T:Vendor.Transport;every call waits for the network")
        .Expect(Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Pipe.Transmit", "every call waits for the network"))
        .RunAsync();

    [Fact]
    public Task A_budgeted_callee_the_user_catalog_lists_as_blocking_still_adds_to_the_sum() =>
        Test(Usings + """
            static class Store
            {
                [LatencyBudget(30)] public static void Load() { }
            }

            class Gate
            {
                [LatencyBudget(50)]
                void {|#2:Open|}()
                {
                    {|#0:Store.Load()|};
                    {|#1:Store.Load()|};
                }
            }
            """)
        .WithAdditionalFile(BlockingCatalog.UserFileName, "M:Store.Load;reads the disk")
        .Expect(
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Store.Load", "reads the disk"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Open", "50", "Open → Store.Load", "reads the disk"),
            Diagnostic("ES2003").WithLocation(2).WithArguments("Open", "50", "60", "Store.Load 30 ms + Store.Load 30 ms"))
        .RunAsync();

    [Fact]
    public Task Unreadable_user_catalog_line_is_reported_in_the_file() =>
        Test(Usings + "class Gate { }")
        .WithAdditionalFile(BlockingCatalog.UserFileName, """
            M:Vendor.Sdk.Fetch;network round trip
            Vendor.Sdk.Send
            """)
        .Expect(Diagnostic("ES2008").WithSpan("LatencyBlocking.txt", 2, 1, 2, 16).WithArguments("Vendor.Sdk.Send"))
        .RunAsync();
}
