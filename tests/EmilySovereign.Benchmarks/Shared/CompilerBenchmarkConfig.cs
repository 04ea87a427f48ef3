using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace EmilySovereign.Benchmarks.Shared;

/// <summary>
/// The job for benchmarks that compile a whole codebase per operation. With the defaults one such operation varied by
/// up to 2× within a run (1.2–2.4 s), because Roslyn's methods were still moving between JIT tiers and the concurrent
/// GC competed for the two cores; a few percent were lost in that. Full JIT optimization from the start and a
/// non-concurrent GC bring that to a few percent within a process; processes still differ by up to 15 %, so each
/// benchmark runs in three. (A large gen0 budget made it worse: a compile then took zero or one collection, and a few
/// more megabytes allocated decided which.)
/// </summary>
public sealed class CompilerBenchmarkConfig : ManualConfig
{
    public CompilerBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0"))
            .WithGcConcurrent(false)
            .WithLaunchCount(3)
            .WithWarmupCount(3)
            .WithIterationCount(10));
    }
}
