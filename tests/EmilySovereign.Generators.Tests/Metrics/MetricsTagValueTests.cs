using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Reflection;
using static EmilySovereign.Generators.Tests.Metrics.MetricsGeneratorHarness;

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

    [Theory]
    [InlineData(0L, "zero")]
    [InlineData(2L, "two")]
    [InlineData(3L, "3")]
    [InlineData(255L, "255")]
    public void Dense_enum_is_tagged_with_its_member_name_or_number(long value, string expected)
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddDense", 1L, Enum(assembly, "Dense", value));
            Assert.Equal(new object?[] { expected }, TagValues(listener));
        }
    }

    [Theory]
    [InlineData(-1L, "minus")]
    [InlineData(10L, "ten")]
    [InlineData(20L, "twenty")]
    [InlineData(0L, "0")]
    [InlineData(11L, "11")]
    public void Sparse_enum_is_tagged_with_its_member_name_or_number(long value, string expected)
    {
        var (assembly, _, listener) = Build();
        using (listener)
        {
            Invoke(assembly, "Sample.Tags.TagMetrics", "AddSparse", 1L, Enum(assembly, "Sparse", value));
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
