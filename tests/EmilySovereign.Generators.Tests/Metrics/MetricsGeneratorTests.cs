using System;
using System.Diagnostics.Metrics;
using System.Linq;
using EmilySovereign.Generators.Metrics;
using EmilySovereign.Metrics;
using static EmilySovereign.Generators.Tests.Metrics.GeneratedMetrics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>Compile-and-run: a MeterListener sees exactly what the generated methods record, with their tags.</summary>
public sealed class MetricsGeneratorTests
{
    private static string Source(string meter) => $$"""
        using EmilySovereign.Metrics;
        namespace Sample.Gate
        {
            public enum GatePath { Primary, HdcFallback }
            public enum Reason { None, CircuitOpen, IOError }

            public static partial class GateMetrics
            {
                public const string MeterName = "{{meter}}";

                [Histogram("gate_latency", Unit = "s", Description = "Gate latency.")]
                [EmilySovereign.LatencyBudget(20)]
                public static partial void RecordLatency(double seconds, GatePath path, string host, bool warm);

                [Counter("gate_fallbacks_total")]
                public static partial void AddFallback(int count, Reason reason, int shard, long region, char zone);

                [Gauge("gate_queue_depth", Description = "Queued windows.")]
                public static partial void SetDepth(float depth);

                public static long AllocatedBytes(int calls)
                {
                    RecordLatency(0.001, GatePath.HdcFallback, "h", true);
                    var before = System.GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < calls; i++)
                        RecordLatency(0.001, GatePath.HdcFallback, "h", true);
                    return System.GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
        }
        """;

    [Fact]
    public void Histogram_records_the_value_and_every_tag()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new RecordingListener(meter);

        Invoke(assembly, "Sample.Gate.GateMetrics", "RecordLatency", 0.0125, Enum.ToObject(assembly.GetType("Sample.Gate.GatePath")!, 1), "node-1", false);

        var (instrument, value, tags) = Assert.Single(listener.Seen);
        Assert.Equal(("gate_latency", "s", "Gate latency."), (instrument.Name, instrument.Unit, instrument.Description));
        Assert.IsType<Histogram<double>>(instrument);
        Assert.Equal(0.0125, value);
        Assert.Equal(new[] { ("path", (object?)"hdc_fallback"), ("host", "node-1"), ("warm", false) }, tags.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Counter_with_more_than_three_tags_records_them_all()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new RecordingListener(meter);

        Invoke(assembly, "Sample.Gate.GateMetrics", "AddFallback", 3, Enum.ToObject(assembly.GetType("Sample.Gate.Reason")!, 2), 7, 9L, 'z');

        var (instrument, value, tags) = Assert.Single(listener.Seen);
        Assert.IsType<Counter<int>>(instrument);
        Assert.Equal(3, value);
        Assert.Equal(new[] { ("reason", (object?)"io_error"), ("shard", 7), ("region", 9L), ("zone", 'z') }, tags.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Undefined_enum_value_is_tagged_with_its_number()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new RecordingListener(meter);

        Invoke(assembly, "Sample.Gate.GateMetrics", "AddFallback", 1, Enum.ToObject(assembly.GetType("Sample.Gate.Reason")!, 42), 0, 0L, 'a');

        Assert.Equal("42", Assert.Single(listener.Seen).Tags[0].Value);
    }

    [Fact]
    public void Gauge_records_the_current_value()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new RecordingListener(meter);

        Invoke(assembly, "Sample.Gate.GateMetrics", "SetDepth", 4.5f);

        var (instrument, value, tags) = Assert.Single(listener.Seen);
        Assert.IsType<Gauge<float>>(instrument);
        Assert.Equal(4.5, value);
        Assert.Empty(tags);
    }

    [Fact]
    public void Without_a_listener_nothing_is_recorded_and_nothing_fails()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        Invoke(assembly, "Sample.Gate.GateMetrics", "SetDepth", 1f);

        using var listener = new RecordingListener(meter);
        Assert.Empty(listener.Seen);
    }

    [Fact]
    public void Recording_with_three_tags_allocates_nothing_with_a_listener()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) => { if (i.Meter.Name == meter) l.EnableMeasurementEvents(i); };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        listener.Start();

        var allocated = (long)assembly.GetType("Sample.Gate.GateMetrics")!.GetMethod("AllocatedBytes")!.Invoke(null, new object[] { 1000 })!;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Histogram_of_seconds_gets_bucket_advice_with_the_budget()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter))).Output);
        using var listener = new RecordingListener(meter);
        Invoke(assembly, "Sample.Gate.GateMetrics", "RecordLatency", 0.5, Enum.ToObject(assembly.GetType("Sample.Gate.GatePath")!, 0), "h", true);

        var histogram = Assert.IsType<Histogram<double>>(Assert.Single(listener.Seen).Instrument);
        var buckets = histogram.Advice!.HistogramBucketBoundaries!;
        Assert.Equal(0.00005, buckets[0]);
        Assert.Contains(0.02, buckets);
        Assert.Equal(buckets.OrderBy(b => b), buckets);
    }

    [Fact]
    public void Catalog_lists_every_metric_with_its_meter_budget_and_source()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var assembly = Load(Run(Compilation(Source(meter), "namespace Other { static partial class M { [EmilySovereign.Metrics.Counter(\"other_total\")] static partial void A(long v); } }")).Output);

        var all = All(assembly);

        Assert.Equal(new[] { "other_total", "gate_fallbacks_total", "gate_latency", "gate_queue_depth" }, all.Select(m => m.Name));
        var latency = all.Single(m => m.Name == "gate_latency");
        Assert.Equal(
            new MetricInfo("gate_latency", MetricKind.Histogram, "s", "Gate latency.", latency.TagNames, meter, 20, "Sample.Gate.GateMetrics.RecordLatency", "File0.cs"),
            latency);
        Assert.Equal(new[] { "path", "host", "warm" }, latency.TagNames);
        Assert.Equal("Sample.App", all.Single(m => m.Name == "other_total").Meter);
        var catalog = assembly.GetType("Sample.App.MetricsCatalog")!;
        Assert.Equal("Sample.App", catalog.GetField("MeterName")!.GetValue(null));
        Assert.Equal(new[] { "Sample.App", meter }.OrderBy(m => m, StringComparer.Ordinal), (string[])catalog.GetProperty("MeterNames")!.GetValue(null)!);
    }

    [Fact]
    public void Wrong_shape_is_skipped_and_the_rest_is_generated()
    {
        var compilation = Compilation("partial class M { [EmilySovereign.Metrics.Counter(\"a_total\")] public static partial void A(object v); [EmilySovereign.Metrics.Counter(\"b_total\")] static partial void B(long v); }");
        Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("CS8795", Assert.Single(output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Id);
        var generated = string.Join("\n", output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        Assert.Contains("static partial void B(long v)", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("void A(", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_generated_without_metric_attributes()
    {
        var (generated, _) = Run(Compilation("class Program { }"));
        Assert.Empty(generated);
    }

    /// <summary>
    /// A metric attribute written through a using alias or a namespace alias is found; a partial method with another
    /// attribute is no metric, and the generator then reads no target from the compilation.
    /// </summary>
    [Fact]
    public void Attributes_named_by_aliases_are_metrics_and_other_attributed_partial_methods_are_not()
    {
        var compilation = Compilation(
            """
            using Tally = EmilySovereign.Metrics.CounterAttribute;
            using Spread = EmilySovereign.Metrics;
            static partial class M
            {
                [Tally("tally_total")] static partial void A(long v);
                [Spread::Histogram("spread")] static partial void B(double v);
            }
            """,
            "static partial class N { [System.Obsolete] static partial void C(long v); static partial void C(long v) { } }");
        var (generated, output) = Run(compilation);

        Assert.Equal(new[] { "tally_total", "spread" }.OrderBy(n => n, StringComparer.Ordinal), All(Load(output)).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(generated, g => g.Contains("void C(", StringComparison.Ordinal));

        var other = Driver().RunGenerators(Compilation(
            "static partial class N { [System.Obsolete] static partial void C(long v); static partial void C(long v) { } }")).GetRunResult().Results.Single();
        Assert.Empty(other.GeneratedSources);
        // The target is read only when a metric is declared.
        Assert.Null(other.TrackedSteps[MetricsGenerator.TargetStep].Single().Outputs.Single().Value);
    }

    /// <summary>
    /// Metric methods are found among the members of every kind of partial type and namespace, nested at any depth; one
    /// inside a type that is not partial is not implemented (ES4003 reports it), as the generated part could not compile.
    /// </summary>
    [Fact]
    public void Metric_methods_of_nested_types_records_and_namespaces_are_found()
    {
        var compilation = Compilation(
            """
            namespace Outer.Inner
            {
                static partial class Holder
                {
                    static partial class Nested { [EmilySovereign.Metrics.Counter("nested_total")] static partial void A(long v); }
                }
            }
            """,
            """
            namespace FileScoped;
            partial record struct Point { [EmilySovereign.Metrics.Histogram("point")] static partial void B(double v); }
            partial record Shape { [EmilySovereign.Metrics.Gauge("shape")] static partial void C(int v); }
            class Closed { partial class Open { [EmilySovereign.Metrics.Counter("in_closed_total")] static partial void D(long v); } }
            """);

        var names = All(Load(Run(compilation).Output)).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(new[] { "nested_total", "point", "shape" }, names);
    }
}
