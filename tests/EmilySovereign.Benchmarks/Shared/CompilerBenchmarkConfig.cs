using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace EmilySovereign.Benchmarks.Shared;

/// <summary>
/// The job for benchmarks that compile a whole codebase per operation. With the defaults one such operation varied by
/// up to 2× within a run (1.2–2.4 s), because Roslyn's methods were still moving between JIT tiers and the concurrent
/// GC competed for the two cores; a few percent were lost in that. Full JIT optimization from the start, a
/// non-concurrent GC with a large gen0 budget, and more iterations make an operation the compile and nothing else.
/// </summary>
public sealed class CompilerBenchmarkConfig : ManualConfig
{
    public CompilerBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_TieredCompilation", "0"),
                new EnvironmentVariable("DOTNET_GCgen0size", "0x10000000")) // 256 MB: a few GCs per compile, not dozens
            .WithGcConcurrent(false)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15));
    }
}
