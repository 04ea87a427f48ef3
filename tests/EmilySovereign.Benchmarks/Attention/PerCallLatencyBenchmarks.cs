using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using EmilySovereign.Attention;
using Perfolizer.Mathematics.OutlierDetection;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The tail of single calls: one invocation per iteration, 2 000 iterations, so the percentiles are of calls, not of
/// averages over many calls. The goals: primary p99 &lt;= 10 µs (the default gate runs the built-in primary on the
/// caller's thread), fallback p99 &lt;= 1 µs. The worker path, which custom primaries take, is measured beside them.
/// </summary>
[Config(typeof(PerCallConfig))]
[MemoryDiagnoser]
public class PerCallLatencyBenchmarks
{
    private readonly AlphaBandBackend _backend = new();
    private AlphaAttentionGate _gate = null!;
    private AlphaAttentionGate _workerGate = null!;
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _window = AttentionWindow.Create();
        _gate = new AlphaAttentionGate();
        _workerGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = false });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _gate.Dispose();
        _workerGate.Dispose();
    }

    [Benchmark(Description = "Primary, one call")]
    public float Primary() => _backend.Estimate(in _window).AlphaPower;

    [Benchmark(Description = "HDC fallback, one call")]
    public bool Hdc() => HdcClassifier.Default.Classify(in _window).Open;

    [Benchmark(Description = "Gate, default (primary path), one call")]
    public bool Gate() => _gate.Gate(in _window).Open;

    [Benchmark(Description = "Gate, primary on a worker, one call")]
    public bool GateOnWorker() => _workerGate.Gate(in _window).Open;

    private sealed class PerCallConfig : ManualConfig
    {
        public PerCallConfig()
        {
            // BenchmarkDotNet forces a full collection after every iteration, here before every call, which walks the heap
            // through the caches the call then needs. A gate in production is not called right after a full GC, so the
            // second job measures the same calls without it; both are reported.
            Job single = Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(200)
                .WithIterationCount(2_000)
                .WithLaunchCount(1)
                .WithOutlierMode(OutlierMode.DontRemove); // the tail is what is measured
            AddJob(single.WithId("AfterFullGc"));
            AddJob(single.WithGcForce(false).WithId("NoForcedGc"));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, P99Column.Instance, StatisticColumn.Max);

            // Every single-call time, for percentiles beyond the stock columns (p99: see docs/attention.md).
            AddExporter(CsvMeasurementsExporter.Default);
        }
    }
}
