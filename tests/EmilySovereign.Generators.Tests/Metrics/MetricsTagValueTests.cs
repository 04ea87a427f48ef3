using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Reflection;
using static EmilySovereign.Generators.Tests.Metrics.GeneratedMetrics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>
/// Compile-and-run of each way a tag value is made: a MeterListener sees exactly the value and its type for bool, int,
/// long and enum tags (array-read and switch enums, members and non-members), and cached boxes are reused.
/// </summary>
public sealed class MetricsTagValueTests
{
    private static string Source(string meter) => $$"""
        using EmilySovereign.Metrics;
        namespace Sample.Tags
        {
            public enum Dense : byte { Zero, One, Two }
            public enum Sparse { Minus = -1, Ten = 10, Twenty = 20 }
            public enum Wide : long { Low, High }
            public enum Empty { }

            public static partial class TagMetrics
            {
                public const string MeterName = "{{meter}}";

                [Counter("dense_total")]
                public static partial void AddDense(long count, Dense dense);

                [Counter("sparse_total")]
                public static partial void AddSparse(long count, Sparse sparse);

                [Counter("wide_total")]
                public static partial void AddWide(long count, Wide wide, Empty empty);

                [Counter("numbers_total")]
                public static partial void AddNumbers(long count, int status, long region, bool warm);

                [Counter("other_numbers_total")]
                public static partial void AddOtherNumbers(long count, short small, uint unsigned, double ratio);

                public static long AllocatedBytes(int calls)
                {
                    AddNumbers(1, 200, 7, true);
                    AddDense(1, Dense.Two);
                    var before = System.GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < calls; i++)
                    {
                        AddNumbers(1, 200, 7, true);
                        AddDense(1, Dense.Two);
                    }

                    return System.GC.GetAllocatedBytesForCurrentThread() - before;
                }

                public static long AllocatedBytesOutsideTheCache(int calls)
                {
                    AddNumbers(1, 5000, 1L << 40, true);
                    var before = System.GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < calls; i++)
                        AddNumbers(1, 5000, 1L << 40, true);
                    return System.GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
        }
        """;

    private static (Assembly Assembly, string Generated, RecordingListener Listener) Build()
    {
        var meter = "test." + Guid.NewGuid().ToString("N");
        var (generated, output) = Run(Compilation(Source(meter)));
        return (Load(output), string.Join("\n", generated), new RecordingListener(meter));
    }

    private static object Enum(Assembly assembly, string type, long value) => System.Enum.ToObject(assembly.GetType("Sample.Tags." + type)!, value);

    private static object?[] TagValues(RecordingListener listener) => Assert.Single(listener.Seen).Tags.Select(t => t.Value).ToArray();

    /// <summary>Dense (members 0..2, read from an array) and Sparse (-1, 10, 20, through a switch), members and not.</summary>
    [Theory]
    [InlineData("Dense", 0L, "zero")]
    [InlineData("Dense", 2L, "two")]
    [InlineData("Dense", 3L, "3")]
    [InlineData("Dense", 255L, "255")]
    [InlineData("Sparse", -1L, "minus")]
    [InlineData("Sparse", 10L, "ten")]
    [InlineData("Sparse", 20L, "twenty")]
    [InlineData("Sparse", 0L, "0")]
    [InlineData("Sparse", 11L, "11")]
    public void Enum_is_tagged_with_its_member_name_or_number(string type, long value, string expected)
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "Add" + type, 1L, Enum(assembly, type, value));
            Assert.Equal(new object?[] { expected }, TagValues(listener));
        }
    }

    /// <summary>A long enum's value above 32 bits must not wrap onto a member's index.</summary>
    [Theory]
    [InlineData(1L, "high", 0L, "0")]
    [InlineData(1L << 32, "4294967296", 5L, "5")]
    [InlineData(-1L, "-1", -1L, "-1")]
    public void Wide_and_empty_enums_are_tagged_without_wrapping(long wide, string wideText, long empty, string emptyText)
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddWide", 1L, Enum(assembly, "Wide", wide), Enum(assembly, "Empty", empty));
            Assert.Equal(new object?[] { wideText, emptyText }, TagValues(listener));
        }
    }

    [Theory]
    [InlineData(200, 7L, true)]
    [InlineData(-128, -128L, false)]
    [InlineData(1023, 1023L, true)]
    [InlineData(1024, 1024L, false)]
    [InlineData(int.MinValue, long.MaxValue, true)]
    public void Numbers_and_bools_keep_their_value_and_type(int status, long region, bool warm)
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddNumbers", 1L, status, region, warm);
            Assert.Equal(new object?[] { status, region, warm }, TagValues(listener));
        }
    }

    [Fact]
    public void Other_numbers_are_boxed_as_their_own_type()
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddOtherNumbers", 1L, (short)-3, 4_000_000_000u, 0.5);
            Assert.Equal(new object?[] { (short)-3, 4_000_000_000u, 0.5 }, TagValues(listener));
        }
    }

    [Fact]
    public void Cached_int_long_and_bool_tags_reuse_one_box_per_value()
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddNumbers", 1L, 404, 12L, true);
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddNumbers", 1L, 404, 12L, true);
            var seen = listener.Seen.ToArray();
            for (var i = 0; i < 3; i++)
                Assert.Same(seen[0].Tags[i].Value, seen[1].Tags[i].Value);
        }
    }

    [Fact]
    public void Int_long_bool_and_enum_tags_allocate_nothing_with_a_listener()
    {
        var (assembly, _, recording) = Build();
        recording.Dispose();
        var type = assembly.GetType("Sample.Tags.TagMetrics")!;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) => { if (Equals(i.Meter.Name, type.GetField("MeterName")!.GetValue(null))) l.EnableMeasurementEvents(i); };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => { });
        listener.Start();

        var allocated = (long)type.GetMethod("AllocatedBytes")!.Invoke(null, new object[] { 1000 })!;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Without_a_listener_numbers_outside_the_cache_are_not_boxed()
    {
        var (assembly, _, recording) = Build();
        recording.Dispose();

        var allocated = (long)assembly.GetType("Sample.Tags.TagMetrics")!.GetMethod("AllocatedBytesOutsideTheCache")!.Invoke(null, new object[] { 1000 })!;

        Assert.Equal(0, allocated);
    }

    /// <summary>Enabled is tested first only where making a tag may allocate: numbers here.</summary>
    [Fact]
    public void Only_methods_with_number_tags_test_Enabled_first()
    {
        var (_, generated, listener) = Build();
        listener.Dispose();

        Assert.Contains("""
                public static partial void AddNumbers(long count, int status, long region, bool warm)
                {
                    var __es_instrument = global::Sample.Tags.TagMetrics.__es_metric_1;
                    if (!__es_instrument.Enabled)
                        return;
                    __es_instrument.Add(count, new global::System.Collections.Generic.KeyValuePair<string, object?>("status", global::EmilySovereign.Metrics.BoxedTagValues.Of(status)), new global::System.Collections.Generic.KeyValuePair<string, object?>("region", global::EmilySovereign.Metrics.BoxedTagValues.Of(region)), new global::System.Collections.Generic.KeyValuePair<string, object?>("warm", global::EmilySovereign.Metrics.BoxedTagValues.Of(warm)));
                }
        """.ReplaceLineEndings("\n"), generated.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("""
                public static partial void AddDense(long count, global::Sample.Tags.Dense dense)
                {
                    global::Sample.Tags.TagMetrics.__es_metric_0.Add(count, new global::System.Collections.Generic.KeyValuePair<string, object?>("dense", global::Sample.Tags.TagMetrics.__es_tag_0(dense)));
                }
        """.ReplaceLineEndings("\n"), generated.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_of_members_zero_to_n_is_read_from_an_array_and_others_through_a_switch()
    {
        var (_, generated, listener) = Build();
        listener.Dispose();

        Assert.Contains("private static readonly string[] __es_names_0 = { \"zero\", \"one\", \"two\" };", generated, StringComparison.Ordinal);
        Assert.Contains("unchecked((ulong)value) < 3UL ? __es_names_0[unchecked((int)value)] : __es_number_0(value);", generated, StringComparison.Ordinal);
        Assert.Contains("global::Sample.Tags.Sparse.Ten => \"ten\",", generated, StringComparison.Ordinal);
        Assert.Contains("_ => __es_number_1(value),", generated, StringComparison.Ordinal);
        Assert.Contains("global::EmilySovereign.Metrics.BoxedTagValues.Of(status)", generated, StringComparison.Ordinal);
        Assert.Contains("(object)unsigned", generated, StringComparison.Ordinal);
    }
}
