using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.CodeFixes.Latency;
using static EmilySovereign.Testing.Roslyn.CodeFixVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer, EmilySovereign.CodeFixes.Latency.RaiseBudgetFixer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>The ES2001 fix: raise the caller's budget to the callee's, never for interface contracts.</summary>
public sealed class ES2001RaiseBudgetFixerTests
{
    private const string Usings = """
        using EmilySovereign;

        """;

    [Fact]
    public Task Own_budget_is_raised_to_the_callees() =>
        VerifyCodeFixAsync(Usings + """
            class Service
            {
                [LatencyBudget(50)]
                void Gate() => {|#0:Slow()|};

                [LatencyBudget(200)] void Slow() { }
            }
            """, Usings + """
            class Service
            {
                [LatencyBudget(200)]
                void Gate() => Slow();

                [LatencyBudget(200)] void Slow() { }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Service.Slow", "200"));

    [Fact]
    public Task Member_with_a_type_budget_gets_its_own_and_fix_all_raises_every_member() =>
        VerifyCodeFixAsync(Usings + """
            [LatencyBudget(50)]
            class Service
            {
                void Gate() => {|#0:Slow.Run()|};

                public int Value
                {
                    get => {|#1:Slow.Compute()|};
                }
            }

            static class Slow
            {
                [LatencyBudget(120.5)] public static void Run() { }
                [LatencyBudget(80)] public static int Compute() => 1;
            }
            """, Usings + """
            [LatencyBudget(50)]
            class Service
            {
                [LatencyBudget(120.5)]
                void Gate() => Slow.Run();

                [LatencyBudget(80)]
                public int Value
                {
                    get => Slow.Compute();
                }
            }

            static class Slow
            {
                [LatencyBudget(120.5)] public static void Run() { }
                [LatencyBudget(80)] public static int Compute() => 1;
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Slow.Run", "120.5"),
            Diagnostic("ES2001").WithLocation(1).WithArguments("Value", "50", "Value → Slow.Compute", "80"));

    [Fact]
    public Task No_fix_for_interface_contracts()
    {
        var source = Usings + """
            interface IGate
            {
                [LatencyBudget(50)]
                void Open();

                [LatencyBudget(50)]
                void Close() => {|#0:Slow.Run()|};
            }

            class Gate : IGate
            {
                [LatencyBudget(50)]
                public void Open() => {|#1:Slow.Run()|};
            }

            static class Slow
            {
                [LatencyBudget(200)] public static void Run() { }
            }
            """;
        return VerifyCodeFixAsync(source, source,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Close", "50", "Close → Slow.Run", "200"),
            Diagnostic("ES2001").WithLocation(1).WithArguments("Open", "50", "Open → Slow.Run", "200"));
    }
}
