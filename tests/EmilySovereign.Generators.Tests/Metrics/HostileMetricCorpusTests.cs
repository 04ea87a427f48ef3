using System;
using System.Linq;
using static EmilySovereign.Generators.Tests.Metrics.GeneratedMetrics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>Names, descriptions, identifiers and type shapes that could break the emitted C#: all still compile.</summary>
public sealed class HostileMetricCorpusTests
{
    private const string Corpus = """
        using EmilySovereign.Metrics;

        public enum @event { @default, @class, Ünïcode, Alias = 0, HTTPServer }

        public static partial class GlobalMetrics
        {
            public const string MeterName = "meter \"quoted\" \\ back\nslash";

            [Histogram("quote\"d\\name\r\n\u2028end", Unit = "s\"", Description = "line\nbreak \t tab \0 nul \uD800 lone")]
            public static partial void @class(double @double, @event @string, string? @in, bool @bool);

            [Counter("Bad-Name:total")]
            internal static partial void Weird(long value, string __es_instrument, string __es_tags, bool __es_true, int instrument, int tags, int a, int b);
        }

        namespace N.@namespace
        {
            public partial record R
            {
                public partial struct S
                {
                    public partial record struct T
                    {
                        [Gauge("nested")] private static partial void Set(float value, @event e);
                    }
                }
            }
        }
        """;

    [Fact]
    public void Hostile_corpus_compiles_and_records()
    {
        var (generated, output) = Run(Compilation(Corpus), rootNamespace: "My-App.2d");
        Assert.Equal(3, generated.Count);

        var assembly = Load(output);
        var all = All(assembly, "My_App._2d.MetricsCatalog");
        Assert.Contains(all, m => m.Name == "quote\"d\\name\r\n\u2028end" && m.Unit == "s\"" && m.Meter == "meter \"quoted\" \\ back\nslash");
        Assert.Contains(all, m => m.Name == "nested" && m.Meter == "My-App.2d" && m.Member == "N.namespace.R.S.T.Set");

        using var listener = new RecordingListener("meter \"quoted\" \\ back\nslash");
        var eventType = assembly.GetType("event")!;
        Invoke(assembly, "GlobalMetrics", "class", 1.0, Enum.ToObject(eventType, 2), null, true);
        Invoke(assembly, "GlobalMetrics", "Weird", 2L, "a", "b", false, 1, 2, 3, 4);

        var (_, value, tags) = listener.Seen.First();
        Assert.Equal(1.0, value);
        Assert.Equal(new[] { ("string", (object?)"ünïcode"), ("in", null), ("bool", true) }, tags.Select(t => (t.Key, t.Value)));
        Assert.Equal(
            new[] { ("__es_instrument", (object?)"a"), ("__es_tags", "b"), ("__es_true", false), ("instrument", 1), ("tags", 2), ("a", 3), ("b", 4) },
            listener.Seen.Last().Tags.Select(t => (t.Key, t.Value)));
    }
}
