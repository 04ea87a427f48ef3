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
/// averages over many calls. The goal is primary p99 &lt;= 10 µs.
/// </summary>
[Config(typeof(PerCallConfig))]
[MemoryDiagnoser]
public class PerCallLatencyBenchmarks
{
    private readonly AlphaBandBackend _backend = new();
    private AlphaAttentionGate _gate = null!;
    private AlphaAttentionGate _spinningGate = null!;
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _window = AttentionWindow.Create();
        _gate = new AlphaAttentionGate();
        _spinningGate = new AlphaAttentionGate(new AlphaAttentionGateOptions { SpinningHandOff = true });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _gate.Dispose();
        _spinningGate.Dispose();
    }

    [Benchmark(Description = "Primary, one call")]
    public float Primary() => _backend.Estimate(in _window).AlphaPower;

    [Benchmark(Description = "HDC fallback, one call")]
    public bool Hdc() => HdcClassifier.Default.Classify(in _window).Open;

    [Benchmark(Description = "Gate (primary path), one call")]
    public bool Gate() => _gate.Gate(in _window).Open;

    [Benchmark(Description = "Gate (primary path, spinning hand-off), one call")]
    public bool GateSpinning() => _spinningGate.Gate(in _window).Open;

    private sealed class PerCallConfig : ManualConfig
    {
        public PerCallConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(200)
                .WithIterationCount(2_000)
                .WithLaunchCount(1)
                .WithOutlierMode(OutlierMode.DontRemove)); // the tail is what is measured
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, P99Column.Instance, StatisticColumn.Max);

            // Every single-call time, for percentiles beyond the stock columns (p99: see docs/attention.md).
            AddExporter(CsvMeasurementsExporter.Default);
        }
    }
}
