using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Baseline;

/// <summary>ES6301 and ES6302 for ES2001 and ES2002: baseline entries keyed by the budgeted member and its callee.</summary>
public sealed class ES6301ES6302BaselineLatencyTests
{
    private const string Source = """
        using EmilySovereign;

        class Service
        {
            [LatencyBudget(50)]
            void Gate()
            {
                {|#0:Slow()|};
                {|#1:System.Threading.Thread.Sleep(100)|};
            }

            [LatencyBudget(200)] void Slow() { }
        }
        """;

    [Fact]
    public Task Kept_calls_are_info_and_the_others_fail() =>
        Test(Source)
        .WithAdditionalFile("/0/EmilySovereign.baseline.txt", "ES2001 | Service.Gate | Service.Slow | 1\n")
        .Expect(
            Diagnostic("ES6301").WithLocation(0).WithArguments("ES2001", "'Gate' has a budget of 50 ms but calls Gate → Service.Slow with a budget of 200 ms"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Gate", "50", "Gate → Thread.Sleep", "sleeps the calling thread"))
        .RunAsync();

    [Fact]
    public Task A_blocking_call_is_keyed_by_its_callee() =>
        Test(Source)
        .WithAdditionalFile("/0/EmilySovereign.baseline.txt", "ES2002 | Service.Gate | Thread.Sleep | 1\n")
        .Expect(
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Service.Slow", "200"),
            Diagnostic("ES6301").WithLocation(1).WithArguments("ES2002", "'Gate' has a budget of 50 ms but makes a blocking call: Gate → Thread.Sleep (sleeps the calling thread)"))
        .RunAsync();

    [Fact]
    public Task A_latency_entry_that_no_longer_occurs_asks_to_shrink_the_baseline() =>
        Test(Source)
        .WithAdditionalFile("/0/EmilySovereign.baseline.txt", "ES2001 | Service.Gate | Service.Slow | 1\nES2002 | Service.Gate | Thread.Sleep | 2\n")
        .Expect(
            Diagnostic("ES6302").WithSpan("/0/EmilySovereign.baseline.txt", 2, 1, 2, 41).WithArguments(2, "ES2002", "Service.Gate", "Thread.Sleep", 1),
            Diagnostic("ES6301").WithLocation(0).WithArguments("ES2001", "'Gate' has a budget of 50 ms but calls Gate → Service.Slow with a budget of 200 ms"),
            Diagnostic("ES6301").WithLocation(1).WithArguments("ES2002", "'Gate' has a budget of 50 ms but makes a blocking call: Gate → Thread.Sleep (sleeps the calling thread)"))
        .RunAsync();
}
