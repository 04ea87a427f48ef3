using System.Threading.Tasks;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2003 (sequential budgets add up) and ES2007 (budgeted call in a loop without a constant bound).</summary>
public sealed class ES2003ES2007SequentialBudgetTests
{
    private const string Service = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using EmilySovereign;

        static class Store
        {
            [LatencyBudget(20)] public static void Read() { }
            [LatencyBudget(30)] public static void Write() { }
            [LatencyBudget(25)] public static Task FlushAsync() => Task.CompletedTask;
        }

        """;

    [Fact]
    public Task Straight_line_calls_add_up() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(50)]
                async Task {|#0:OpenAsync|}()
                {
                    Store.Read();
                    Store.Write();
                    await Store.FlushAsync();
                }
            }
            """,
            Diagnostic("ES2003").WithLocation(0).WithArguments("OpenAsync", "50", "75", "Store.Read 20 ms + Store.Write 30 ms + Store.FlushAsync 25 ms"));

    [Fact]
    public Task Sum_within_the_budget_is_fine() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open() { Store.Read(); Store.Write(); }
            }
            """);

    [Fact]
    public Task Branches_count_their_most_expensive_arm() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(50)]
                void Cheap(bool cached)
                {
                    if (cached) Store.Read(); else Store.Write();
                    Store.Read();
                }

                [LatencyBudget(55)]
                void {|#0:Expensive|}(bool cached, int mode)
                {
                    if (cached) Store.Read(); else Store.Write();
                    switch (mode)
                    {
                        case 0: Store.Read(); break;
                        default: Store.Write(); break;
                    }
                }
            }
            """,
            Diagnostic("ES2003").WithLocation(0).WithArguments("Expensive", "55", "60", "Store.Write 30 ms + Store.Write 30 ms"));

    [Fact]
    public Task Loop_with_a_constant_bound_multiplies() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(50)]
                void {|#0:Open|}()
                {
                    for (var i = 0; i < 3; i++)
                        Store.Read();
                }

                [LatencyBudget(50)]
                void Twice()
                {
                    for (var i = 1; i <= 2; i++)
                        Store.Read();
                }
            }
            """,
            Diagnostic("ES2003").WithLocation(0).WithArguments("Open", "50", "60", "3 × (Store.Read 20 ms)"));

    [Fact]
    public Task Loop_without_a_constant_bound_gets_an_info_and_counts_once() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(40)]
                void {|#2:Open|}(IEnumerable<int> items, bool more)
                {
                    foreach (var item in items)
                        {|#0:Store.Read()|};
                    while (more)
                        {|#1:Store.Write()|};
                }
            }
            """,
            Diagnostic("ES2007").WithLocation(0).WithArguments("Store.Read", "20", "Open"),
            Diagnostic("ES2007").WithLocation(1).WithArguments("Store.Write", "30", "Open"),
            Diagnostic("ES2003").WithLocation(2).WithArguments("Open", "40", "50", "Store.Read 20 ms (loop, counted once) + Store.Write 30 ms (loop, counted once)"));

    [Fact]
    public Task Lambdas_do_not_add_to_the_sum() =>
        VerifyAnalyzerAsync(Service + """
            class Gate
            {
                [LatencyBudget(50)]
                void Open()
                {
                    Store.Write();
                    Action later = () => { Store.Write(); Store.Write(); };
                }
            }
            """);
}
