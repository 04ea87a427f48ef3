using System.Collections.Generic;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Metrics;
using TelemetryMetrics = Microsoft.Extensions.Diagnostics.Metrics;

namespace EmilySovereign.Benchmarks.Metrics;

/// <summary>
/// One recording call, side by side: a hand-written <c>Histogram&lt;double&gt;.Record</c> with one string tag (the
/// baseline), our generated method with the same tag, and Microsoft.Extensions.Telemetry's generated histogram with the
/// same tag; then each other generated shape beside its hand-written peer with the same tags (an enum's name as a
/// constant string, a bool from a cached box, an int boxed as a hand-written call boxes it); without and with a listener.
/// <c>dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter '*MetricsRecording*' --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public partial class MetricsRecordingBenchmarks
{
    private const string MeterName = "EmilySovereign.Benchmarks.Metrics";
    private static readonly Meter HandMeter = new(MeterName + ".Hand");
    private static readonly Histogram<double> HandHistogram = HandMeter.CreateHistogram<double>("hand_latency", "s");
    private static readonly Meter TelemetryMeter = new(MeterName + ".Telemetry");
    private static readonly TelemetryLatency TelemetryHistogram = TelemetryInstruments.CreateLatency(TelemetryMeter);

    private static readonly object BoxedTrue = true;

    private MeterListener? _listener;

    public enum Path
    {
        Primary,
        HdcFallback,
    }

    [Params(false, true)]
    public bool Listener { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!Listener)
            return;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name.StartsWith(MeterName, System.StringComparison.Ordinal))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _listener.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => _listener?.Dispose();

    [Benchmark(Baseline = true)]
    public void HandWritten() => HandHistogram.Record(0.001, new KeyValuePair<string, object?>("path", "primary"));

    [Benchmark]
    public void GeneratedStringTag() => Instruments.RecordString(0.001, "primary");

    [Benchmark]
    public void TelemetryGenerator() => TelemetryHistogram.Record(0.001, "primary");

    [Benchmark]
    public void HandWrittenEnumName() => HandHistogram.Record(0.001, new KeyValuePair<string, object?>("path", "hdc_fallback"));

    [Benchmark]
    public void GeneratedEnumTag() => Instruments.RecordEnum(0.001, Path.HdcFallback);

    [Benchmark]
    public void HandWrittenThreeTags() => HandHistogram.Record(
        0.001,
        new KeyValuePair<string, object?>("path", "hdc_fallback"),
        new KeyValuePair<string, object?>("host", "node-1"),
        new KeyValuePair<string, object?>("warm", BoxedTrue));

    [Benchmark]
    public void GeneratedThreeTags() => Instruments.RecordThree(0.001, Path.HdcFallback, "node-1", true);

    [Benchmark]
    public void HandWrittenIntTag() => HandHistogram.Record(0.001, new KeyValuePair<string, object?>("status", 200));

    [Benchmark]
    public void GeneratedIntTag() => Instruments.RecordInt(0.001, 200);

    internal static partial class Instruments
    {
        public const string MeterName = MetricsRecordingBenchmarks.MeterName;

        [Histogram("generated_string_latency", Unit = "s")]
        public static partial void RecordString(double seconds, string path);

        [Histogram("generated_enum_latency", Unit = "s")]
        public static partial void RecordEnum(double seconds, Path path);

        [Histogram("generated_three_latency", Unit = "s")]
        public static partial void RecordThree(double seconds, Path path, string host, bool warm);

        [Histogram("generated_int_latency", Unit = "s")]
        public static partial void RecordInt(double seconds, int status);
    }
}

/// <summary>The anchor, declared as Microsoft.Extensions.Telemetry documents it.</summary>
internal static partial class TelemetryInstruments
{
    [TelemetryMetrics.Histogram<double>("path", Name = "telemetry_latency")]
    public static partial TelemetryLatency CreateLatency(Meter meter);
}
