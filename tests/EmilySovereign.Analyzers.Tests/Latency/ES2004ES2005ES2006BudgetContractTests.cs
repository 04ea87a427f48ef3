using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2004 (budget not a positive finite number), ES2005 (lock), ES2006 (wider than the contract).</summary>
public sealed class ES2004ES2005ES2006BudgetContractTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using EmilySovereign;

        """;

    [Fact]
    public Task Budgets_that_are_not_positive_finite_numbers_are_reported() =>
        VerifyAnalyzerAsync(Usings + """
            [LatencyBudget({|#0:0|})]
            class Zero { }

            class Members
            {
                [LatencyBudget({|#1:-5|})] void Negative() => Thread.Sleep(1);
                [LatencyBudget({|#2:double.NaN|})] void NotANumber() { }
                [LatencyBudget({|#3:double.PositiveInfinity|})] int Infinite => 1;
                [LatencyBudget(0.5)] void HalfAMillisecond() { }

                void Lambda()
                {
                    Action action = [LatencyBudget({|#4:-1|})] () => Thread.Sleep(1);
                }
            }
            """,
            Diagnostic("ES2004").WithLocation(0).WithArguments("0"),
            Diagnostic("ES2004").WithLocation(1).WithArguments("-5"),
            Diagnostic("ES2004").WithLocation(2).WithArguments("double.NaN"),
            Diagnostic("ES2004").WithLocation(3).WithArguments("Infinity"),
            Diagnostic("ES2004").WithLocation(4).WithArguments("-1"));

    [Fact]
    public Task Budget_that_is_not_a_constant_is_reported() =>
        VerifyAnalyzerAsync(Usings + """
            class Members
            {
                static double Limit = 5;

                [LatencyBudget({|#0:Limit|})] void Computed() { }
            }
            """,
            DiagnosticResult.CompilerError("CS0182").WithLocation(0),
            Diagnostic("ES2004").WithLocation(0).WithArguments("Limit"));

    [Fact]
    public Task Lock_statement_in_budgeted_code_is_a_warning() =>
        VerifyAnalyzerAsync(Usings + """
            class Gate
            {
                readonly object _sync = new();

                [LatencyBudget(50)]
                void Open()
                {
                    {|#0:lock (_sync)|}
                    {
                    }
                }

                void Unbudgeted() { lock (_sync) { } }
            }
            """,
            Diagnostic("ES2005").WithLocation(0).WithArguments("Open", "50", "Open → lock"));

    [Fact]
    public Task Override_with_a_larger_budget_is_reported_at_its_attribute() =>
        VerifyAnalyzerAsync(Usings + """
            class Base
            {
                [LatencyBudget(10)] public virtual void Run() { }
                [LatencyBudget(10)] public virtual int Value => 1;
            }

            class Derived : Base
            {
                [{|#0:LatencyBudget(20)|}] public override void Run() { }
                [{|#1:LatencyBudget(20)|}] public override int Value => 2;
            }

            class Tighter : Base
            {
                [LatencyBudget(5)] public override void Run() { }
            }
            """,
            Diagnostic("ES2006").WithLocation(0).WithArguments("Run", "20", "10", "Base.Run"),
            Diagnostic("ES2006").WithLocation(1).WithArguments("Value", "20", "10", "Base.Value"));

    [Fact]
    public Task Implementation_with_a_larger_budget_is_reported() =>
        VerifyAnalyzerAsync(Usings + """
            interface IGate
            {
                [LatencyBudget(50)] void Open();
                [LatencyBudget(50)] void Close();
            }

            [LatencyBudget(80)]
            class Gate : IGate
            {
                public void {|#0:Open|}() { }
                [LatencyBudget(40)] public void Close() { }
            }

            class ExplicitGate : IGate
            {
                [{|#1:LatencyBudget(90)|}] void IGate.Open() { }
                void IGate.Close() { }
            }
            """,
            Diagnostic("ES2006").WithLocation(0).WithArguments("Open", "80", "50", "IGate.Open"),
            Diagnostic("ES2006").WithLocation(1).WithArguments("IGate.Open", "90", "50", "IGate.Open"));

    /// <summary>A member that both overrides and implements is held to both contracts, each reported on its own.</summary>
    [Fact]
    public Task An_override_that_also_implements_an_interface_member_is_checked_against_both() =>
        VerifyAnalyzerAsync(Usings + """
            interface IGate { [LatencyBudget(50)] void Open(); }

            abstract class Base { [LatencyBudget(10)] public abstract void Open(); }

            class Gate : Base, IGate { [{|#0:LatencyBudget(80)|}] public override void Open() { } }

            class Between : Base, IGate { [{|#1:LatencyBudget(30)|}] public override void Open() { } }
            """,
            Diagnostic("ES2006").WithLocation(0).WithArguments("Open", "80", "10", "Base.Open"),
            Diagnostic("ES2006").WithLocation(0).WithArguments("Open", "80", "50", "IGate.Open"),
            Diagnostic("ES2006").WithLocation(1).WithArguments("Open", "30", "10", "Base.Open"));

    /// <summary>
    /// Each budget is reported once: a partial method's two parts share one (the driver calls back for both), a member in
    /// another part of its type is found there, and a member the compiler declares (a record's <c>ToString</c>) is not
    /// reported, as the driver calls back for none.
    /// </summary>
    [Fact]
    public Task Members_of_every_part_are_reported_once_and_members_the_compiler_declares_not_at_all() =>
        VerifyAnalyzerAsync(
            new[]
            {
                Usings + """
                    interface IGate
                    {
                        [LatencyBudget(50)] void Open();
                        [LatencyBudget(50)] int Width { get; }
                    }

                    partial class Gate : IGate
                    {
                        [{|#0:LatencyBudget(80)|}] public partial void Open();
                        [LatencyBudget({|#1:-1|})] partial void Shut();
                    }

                    interface IShow { [LatencyBudget(1)] string ToString(); }

                    [LatencyBudget(5)] record Shown(int X) : IShow;
                    [LatencyBudget(5)] record Written(int X) : IShow { public override string {|#3:ToString|}() => ""; }
                    """,
                Usings + """
                    partial class Gate
                    {
                        public partial void Open() { }
                        partial void Shut() { }
                        [{|#2:LatencyBudget(60)|}] public int Width => 1;
                    }
                    """,
            },
            Diagnostic("ES2006").WithLocation(0).WithArguments("Open", "80", "50", "IGate.Open"),
            Diagnostic("ES2004").WithLocation(1).WithArguments("-1"),
            Diagnostic("ES2006").WithLocation(2).WithArguments("Width", "60", "50", "IGate.Width"),
            Diagnostic("ES2006").WithLocation(3).WithArguments("ToString", "5", "1", "IShow.ToString"));

    /// <summary>
    /// Methods without a body: one that writes its own budget is reached through its attribute's operation block, one that
    /// takes its type's through its type; a method that writes its own budget in a budgeted type is reported once, at its
    /// attribute; a nested type takes its outer type's budget.
    /// </summary>
    [Fact]
    public Task Members_without_a_body_and_members_of_budgeted_types_are_checked_once() =>
        VerifyAnalyzerAsync(Usings + """
            interface IGate
            {
                [LatencyBudget(50)] void Open();
                [LatencyBudget(50)] void Close();
                [LatencyBudget({|#0:-2|})] void Broken();
            }

            abstract class OwnBudgets : IGate
            {
                [{|#1:LatencyBudget(90)|}] public abstract void Open();
                [LatencyBudget(10)] public abstract void Close();
                [LatencyBudget({|#2:0|})] public abstract void Broken();
            }

            [LatencyBudget(80)]
            abstract class TypeBudget : IGate
            {
                public abstract void {|#3:Open|}();
                [{|#4:LatencyBudget(70)|}] public void Close() { }
                public abstract void Broken();
            }

            class Base { [LatencyBudget(10)] public virtual void Run() { } }

            [LatencyBudget(30)]
            abstract class Derived : Base { public abstract override void {|#5:Run|}(); }

            [LatencyBudget(60)]
            class Outer
            {
                class Inner : IGate
                {
                    public void {|#6:Open|}() { }
                    [LatencyBudget(5)] public void Close() { }
                    public void Broken() { }
                }
            }
            """,
            Diagnostic("ES2004").WithLocation(0).WithArguments("-2"),
            Diagnostic("ES2006").WithLocation(1).WithArguments("Open", "90", "50", "IGate.Open"),
            Diagnostic("ES2004").WithLocation(2).WithArguments("0"),
            Diagnostic("ES2006").WithLocation(3).WithArguments("Open", "80", "50", "IGate.Open"),
            Diagnostic("ES2006").WithLocation(4).WithArguments("Close", "70", "50", "IGate.Close"),
            Diagnostic("ES2006").WithLocation(5).WithArguments("Run", "30", "10", "Base.Run"),
            Diagnostic("ES2006").WithLocation(6).WithArguments("Open", "60", "50", "IGate.Open"));

    /// <summary>A budget that is no number is reported as such and checks nothing: not wider than any contract.</summary>
    [Fact]
    public Task Invalid_budgets_are_not_compared_with_their_contracts() =>
        VerifyAnalyzerAsync(Usings + """
            class Base { [LatencyBudget(10)] public virtual void Run() { } }

            class Derived : Base
            {
                [LatencyBudget({|#0:double.NaN|})] public override void Run() { }
            }

            interface IGate { [LatencyBudget(10)] void Open(); }

            [LatencyBudget({|#1:double.NaN|})]
            abstract class Gate : IGate { public abstract void Open(); }
            """,
            Diagnostic("ES2004").WithLocation(0).WithArguments("double.NaN"),
            Diagnostic("ES2004").WithLocation(1).WithArguments("double.NaN"));

    /// <summary>
    /// An accessor that writes its own budget is held to the accessor it overrides or implements, whose budget may be its
    /// property's; an accessor without one leaves the check to its property.
    /// </summary>
    [Fact]
    public Task Accessors_with_their_own_budgets_are_checked_against_their_contracts() =>
        VerifyAnalyzerAsync(Usings + """
            interface IGauge { [LatencyBudget(10)] int Level { get; } }

            class Gauge : IGauge { public int Level { [{|#0:LatencyBudget(30)|}] get => 1; } }

            class Base { [LatencyBudget(10)] public virtual int Value => 1; }

            class Derived : Base { public override int Value { [{|#1:LatencyBudget(20)|}] get => 2; } }

            class Tighter : Base { public override int Value { [LatencyBudget(5)] get => 2; } }

            [LatencyBudget(40)]
            class Both : Base { public override int {|#2:Value|} { get => 2; } }
            """,
            Diagnostic("ES2006").WithLocation(0).WithArguments("Level", "30", "10", "IGauge.Level"),
            Diagnostic("ES2006").WithLocation(1).WithArguments("Value", "20", "10", "Base.Value"),
            Diagnostic("ES2006").WithLocation(2).WithArguments("Value", "40", "10", "Base.Value"));
}
