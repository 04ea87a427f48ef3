using System.Linq;
using System.Threading.Tasks;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2001, ES2002 and ES2005 through unbudgeted methods of the compilation, which are followed: the finding is reported at the budgeted call site with the chain.</summary>
public sealed class ES2001ES2002ES2005TransitiveTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading;
        using EmilySovereign;

        """;

    [Fact]
    public Task Blocking_call_three_levels_down_is_reported_with_the_chain() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                [LatencyBudget(50)]
                void Gate() => {|#0:Normalize()|};

                void Normalize() => LoadProfile();

                string LoadProfile() => File.ReadAllText("profile.json");
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → Normalize → LoadProfile → File.ReadAllText", "synchronous file I/O"));

    [Fact]
    public Task A_partial_method_is_followed_into_its_implementation() =>
        VerifyAnalyzerAsync(Usings + """
            partial class Attention
            {
                [LatencyBudget(50)]
                void Gate() => {|#0:Pause()|};

                partial void Pause();
            }

            partial class Attention
            {
                partial void Pause() => Thread.Sleep(1);
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → Pause → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Larger_budget_below_an_unbudgeted_helper_is_reported_with_the_chain() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                [LatencyBudget(50)]
                void Gate() => {|#0:Helper()|};

                void Helper() { Fast(); Slow(); }

                [LatencyBudget(10)] void Fast() { }
                [LatencyBudget(200)] void Slow() { }
            }
            """,
            Diagnostic("ES2001").WithLocation(0).WithArguments("Gate", "50", "Gate → Helper → Attention.Slow", "200"));

    [Fact]
    public Task Budgeted_callees_are_not_entered() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                [LatencyBudget(50)]
                void Gate() => Helper();

                void Helper() => Checked();

                [LatencyBudget(10)]
                void Checked() => {|#0:Thread.Sleep(1)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Checked", "10", "Checked → Thread.Sleep", "sleeps the calling thread"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Cycle_is_followed_once_and_each_call_names_its_shortest_chain(bool blockingMemberFirst)
    {
        // Entered at B first, A's summary is computed while B is still open and lacks B's sleep: it must not be kept
        // for the call to A.
        var calls = blockingMemberFirst ? "{|#1:B()|};\n        {|#0:A()|};" : "{|#0:A()|};\n        {|#1:B()|};";
        return VerifyAnalyzerAsync(Usings + $$"""
            class Attention
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    {{calls}}
                }

                void A() => B();

                void B() { A(); Thread.Sleep(1); }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → A → B → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Gate", "50", "Gate → B → Thread.Sleep", "sleeps the calling thread"));
    }

    [Fact]
    public Task Cycle_entered_where_the_blocking_call_comes_after_the_back_edge() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    {|#0:B()|};
                    {|#1:A()|};
                }

                void A() { B(); Thread.Sleep(1); }

                void B() => A();
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → B → A → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Gate", "50", "Gate → A → Thread.Sleep", "sleeps the calling thread"));

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public Task Helpers_are_followed_64_deep(int helpers, bool reported)
    {
        // H1 calls H2 ... and the last one sleeps: ADR 0041 caps the depth at 64 helpers.
        var chain = new System.Text.StringBuilder();
        for (var i = 1; i < helpers; i++)
            chain.Append($"    void H{i}() => H{i + 1}();\n");
        chain.Append($"    void H{helpers}() => Thread.Sleep(1);\n");
        var source = Usings + "class Attention\n{\n    [LatencyBudget(50)]\n    void Gate() => " + (reported ? "{|#0:H1()|}" : "H1()") + ";\n" + chain + "}\n";
        return reported
            ? VerifyAnalyzerAsync(source, Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → " + string.Join(" → ", Enumerable.Range(1, helpers).Select(i => "H" + i)) + " → Thread.Sleep", "sleeps the calling thread"))
            : VerifyAnalyzerAsync(source);
    }

    [Fact]
    public Task Recursion_terminates_and_finds_what_it_reaches() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                [LatencyBudget(50)]
                int Gate() { {|#0:Retry(3)|}; return Fib(10); }

                int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

                void Retry(int attempts)
                {
                    if (attempts > 0)
                        Retry(attempts - 1);
                    Thread.Sleep(1);
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → Retry → Thread.Sleep", "sleeps the calling thread"));

    [Fact]
    public Task Constant_timeout_below_a_helper_is_compared_with_the_callers_budget() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                static readonly SemaphoreSlim Semaphore = new(1);

                [LatencyBudget(50)]
                void Relaxed() => Acquire();

                [LatencyBudget(10)]
                void Strict() => {|#0:Acquire()|};

                void Acquire() => Semaphore.Wait(20);
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Strict", "10", "Strict → Acquire → SemaphoreSlim.Wait", "waits up to 20 ms, beyond the budget of 10 ms"));

    [Fact]
    public Task Lock_in_a_helper_is_reported_at_the_call_site() =>
        VerifyAnalyzerAsync(Usings + """
            class Attention
            {
                readonly object _gate = new();

                [LatencyBudget(50)]
                void Gate() => {|#0:Update()|};

                void Update() { lock (_gate) { } }
            }
            """,
            Diagnostic("ES2005").WithLocation(0).WithArguments("Gate", "50", "Gate → Update → lock"));

    [Fact]
    public Task Property_getter_and_constructor_bodies_are_followed() =>
        VerifyAnalyzerAsync(Usings + """
            class Profile
            {
                public Profile() => Thread.Sleep(1);
                public string Text => File.ReadAllText("p");
            }

            class Attention
            {
                [LatencyBudget(50)]
                void Gate()
                {
                    var profile = {|#0:new Profile()|};
                    _ = {|#1:profile.Text|};
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → new Profile → Thread.Sleep", "sleeps the calling thread"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Gate", "50", "Gate → Text → File.ReadAllText", "synchronous file I/O"));

    /// <summary>
    /// A write runs the setter and a read the getter; a compound assignment (<c>+=</c>) is judged by its getter, whose
    /// blocking call it runs first.
    /// </summary>
    [Fact]
    public Task A_write_follows_the_setter_and_a_compound_assignment_the_getter() =>
        VerifyAnalyzerAsync(Usings + """
            class Settings
            {
                public string Saved { get => ""; set => File.WriteAllText("p", value); }
                public int Loaded { get => File.ReadAllText("p").Length; set { } }
            }

            class Attention
            {
                [LatencyBudget(50)]
                void Gate(Settings settings)
                {
                    {|#0:settings.Saved|} = "x";
                    _ = settings.Saved;
                    settings.Loaded = 1;
                    {|#1:settings.Loaded|} += 1;
                }
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Gate", "50", "Gate → Saved → File.WriteAllText", "synchronous file I/O"),
            Diagnostic("ES2002").WithLocation(1).WithArguments("Gate", "50", "Gate → Loaded → File.ReadAllText", "synchronous file I/O"));
}
