using System.Threading.Tasks;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2001: calls, property reads and constructions of members with a larger budget.</summary>
public sealed class ES2001LargerBudgetTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using EmilySovereign;

        """;

    [Fact]
    public Task Call_to_a_larger_budget_is_reported_with_both_budgets() =>
        VerifyAnalyzerAsync(Usings + """
            class Service
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    {|#0:Slow()|};
                    Same();
                }

                [LatencyBudget(200)] void Slow() { }
                [LatencyBudget(10)] void Fast() { }
                [LatencyBudget(50)] void Same() { }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Service.Slow", "200"));

    [Fact]
    public Task Awaits_property_reads_and_constructions_count() =>
        VerifyAnalyzerAsync(Usings + """
            class Profile
            {
                [LatencyBudget(100)] public Profile() { }
                [LatencyBudget(100)] public int Weight => 1;
                [LatencyBudget(100)] public static Task LoadAsync() => Task.CompletedTask;
            }

            class Service
            {
                [LatencyBudget(50)]
                async Task GateAsync()
                {
                    var profile = {|#0:new Profile()|};
                    _ = {|#1:profile.Weight|};
                    await {|#2:Profile.LoadAsync()|};
                }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("GateAsync", "50", "GateAsync → new Profile", "100"),
            Diagnostic("ES2001").WithLocation(1).WithArguments("GateAsync", "50", "GateAsync → Profile.Weight", "100"),
            Diagnostic("ES2001").WithLocation(2).WithArguments("GateAsync", "50", "GateAsync → Profile.LoadAsync", "100"));

    [Fact]
    public Task Class_level_budgets_apply_to_members_and_nested_types() =>
        VerifyAnalyzerAsync(Usings + """
            [LatencyBudget(100)]
            static class Slow
            {
                public static void Run() { }
                public static class Inner { public static void Run() { } }
            }

            [LatencyBudget(50)]
            class Fast
            {
                void A() => {|#0:Slow.Run()|};
                void B() => {|#1:Slow.Inner.Run()|};
                [LatencyBudget(500)] void Relaxed() => Slow.Run();
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("A", "50", "A → Slow.Run", "100"),
            Diagnostic("ES2001").WithLocation(1).WithArguments("B", "50", "B → Inner.Run", "100"));

    [Fact]
    public Task Member_budget_wins_over_its_types() =>
        VerifyAnalyzerAsync(Usings + """
            [LatencyBudget(500)]
            class Service
            {
                [LatencyBudget(10)]
                void Gate() => {|#0:Other()|};

                void Other() { }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "10", "Gate → Service.Other", "500"));

    [Fact]
    public Task Call_through_an_interface_uses_the_interface_members_budget() =>
        VerifyAnalyzerAsync(Usings + """
            interface IStore { [LatencyBudget(100)] int Load(); }

            class Store : IStore { [LatencyBudget(10)] public int Load() => 1; }

            class Service
            {
                [LatencyBudget(50)]
                int Gate(IStore contract, Store concrete) => {|#0:contract.Load()|} + concrete.Load();
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → IStore.Load", "100"));

    [Fact]
    public Task Call_through_a_virtual_uses_the_declared_members_budget() =>
        VerifyAnalyzerAsync(Usings + """
            class Base { [LatencyBudget(100)] public virtual void Run() { } }

            class Derived : Base { [LatencyBudget(10)] public override void Run() { } }

            class Service
            {
                [LatencyBudget(50)]
                void Gate(Base viaBase, Derived viaDerived)
                {
                    {|#0:viaBase.Run()|};
                    viaDerived.Run();
                }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Base.Run", "100"));

    [Fact]
    public Task Budgets_of_a_referenced_assembly_are_read_from_metadata()
    {
        var library = TestReferences.CompileLibrary("Remote", """
            using EmilySovereign;

            namespace Remote
            {
                [LatencyBudget(100)]
                public static class Slow { public static void Call() { } }

                public static class Api
                {
                    [LatencyBudget(5)] public static void Quick() { }
                    [LatencyBudget(80)] public static int Value => 1;
                    public static void Plain() { System.Threading.Thread.Sleep(1); }
                }
            }
            """);
        return Test(Usings + """
            class Service
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    {|#0:Remote.Slow.Call()|};
                    Remote.Api.Quick();
                    _ = {|#1:Remote.Api.Value|};
                    Remote.Api.Plain();
                }
            }
            """)
            .WithReferences(library)
            .Expect(
                Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Slow.Call", "100"),
                Diagnostic("ES2001").WithLocation(1).WithArguments("Gate", "50", "Gate → Api.Value", "80"))
            .RunAsync();
    }

    [Fact]
    public Task Lambdas_inside_a_budgeted_member_are_checked_against_it() =>
        VerifyAnalyzerAsync(Usings + """
            class Service
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    Action later = () => {|#0:Slow()|};
                    Local();

                    void Local() => {|#1:Slow()|};
                }

                [LatencyBudget(200)] static void Slow() { }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Service.Slow", "200"),
            Diagnostic("ES2001").WithLocation(1).WithArguments("Gate", "50", "Gate → Service.Slow", "200"));

    [Fact]
    public Task Local_function_with_a_larger_own_budget_is_a_larger_callee() =>
        VerifyAnalyzerAsync(Usings + """
            class Service
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    {|#0:Relaxed()|};

                    [LatencyBudget(300)]
                    void Relaxed() { }
                }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Relaxed", "300"));
}
