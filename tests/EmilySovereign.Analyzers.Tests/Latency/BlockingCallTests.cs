using System.Threading.Tasks;
using static EmilySovereign.Analyzers.Tests.Verifiers.LatencyVerifier;

namespace EmilySovereign.Analyzers.Tests.Latency;

public sealed class BlockingCallTests
{
    [Fact]
    public Task Thread_sleep_in_budgeted_method_is_reported() =>
        VerifyAnalyzerAsync("""
            using System.Threading;
            using EmilySovereign;

            class Gate
            {
                [LatencyBudget(50)]
                void Open() => {|#0:Thread.Sleep(10)|};
            }
            """,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → Thread.Sleep", "sleeps the calling thread"));
}
