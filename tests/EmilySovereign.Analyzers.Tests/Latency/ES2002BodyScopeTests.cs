using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// ES2002 in every kind of budgeted body, each reported once: the bodies are checked per type that has budgeted methods
/// (partial methods, nested types under a budgeted type, constructors and expression-bodied properties).
/// </summary>
public sealed class ES2002BodyScopeTests
{
    private const string Usings = """
        using System.IO;
        using System.Threading;
        using EmilySovereign;

        """;

    [Fact]
    public Task Partial_method_is_checked_once_with_the_budget_of_its_definition() =>
        VerifyAnalyzerAsync(Usings + """
            partial class Gate
            {
                [LatencyBudget(50)]
                partial void Open();
            }

            partial class Gate
            {
                partial void Open() { {|#0:Thread.Sleep(10)|}; }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Nested_type_under_a_budgeted_type_is_checked_once() =>
        VerifyAnalyzerAsync(Usings + """
            [LatencyBudget(50)]
            class Outer
            {
                class Inner
                {
                    void Open() => {|#0:Thread.Sleep(10)|};
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Constructor_and_expression_bodied_property_of_a_budgeted_type_are_checked() =>
        VerifyAnalyzerAsync(Usings + """
            [LatencyBudget(50)]
            class Gate
            {
                public Gate() => {|#0:Thread.Sleep(10)|};

                int Length => {|#1:File.ReadAllText("profile.json")|}.Length;
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("new Gate", "50", "new Gate → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Length", "50", "Length → File.ReadAllText", "synchronous file I/O"));

    [Fact]
    public Task A_constructor_initializer_and_a_body_beside_parameter_defaults_are_checked() =>
        VerifyAnalyzerAsync(Usings + """
            class Base { protected Base(int wait) { } }

            class Gate : Base
            {
                [LatencyBudget(50)]
                public Gate() : base({|#0:Wait()|}) { }

                [LatencyBudget(50)]
                int Read(string path = "profile.json", int tries = 2) => {|#1:File.ReadAllText(path)|}.Length * tries;

                static int Wait() { Thread.Sleep(10); return 0; }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("new Gate", "50", "new Gate → Wait → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Read", "50", "Read → File.ReadAllText", "synchronous file I/O"));

    [Fact]
    public Task Type_without_budgets_beside_a_budgeted_one_is_not_checked() =>
        VerifyAnalyzerAsync(Usings + """
            class Free
            {
                void Open() => Thread.Sleep(10);
            }

            class Gate
            {
                [LatencyBudget(50)]
                void Open() => {|#0:Thread.Sleep(10)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));
}
