using System;
using System.Linq;
using CsCheck;
using EmilySovereign.Metrics;

namespace EmilySovereign.Runtime.Tests.Metrics;

/// <summary>The record <c>MetricsCatalog.All</c> is made of: it keeps what it is given and refuses a missing text.</summary>
public sealed class MetricInfoTests
{
    [Fact]
    public void Keeps_every_value_it_is_given() =>
        Gen.Select(Gen.String, Gen.Enum<MetricKind>(), Gen.String.Null(), Gen.String.Null(), Gen.String.Array, Gen.String, Gen.Double.Nullable(), Gen.String)
            .Sample((name, kind, unit, description, tags, meter, budget, member) =>
            {
                var metric = new MetricInfo(name, kind, unit, description, tags, meter, budget, member, member + ".cs");
                Assert.Equal((name, kind, unit, description, meter, budget, member, member + ".cs"),
                    (metric.Name, metric.Kind, metric.Unit, metric.Description, metric.Meter, metric.LatencyBudgetMilliseconds, metric.Member, metric.SourceFile));
                Assert.Same(tags, metric.TagNames);
            });

    [Theory]
    [InlineData(0, "name")]
    [InlineData(1, "tagNames")]
    [InlineData(2, "meter")]
    [InlineData(3, "member")]
    [InlineData(4, "sourceFile")]
    public void A_missing_text_is_refused_by_name(int missing, string parameter)
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new MetricInfo(
            missing == 0 ? null! : "m", MetricKind.Counter, null, null, missing == 1 ? null! : [], missing == 2 ? null! : "meter", null,
            missing == 3 ? null! : "T.M", missing == 4 ? null! : "T.cs"));
        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void An_attribute_keeps_its_name_and_settings()
    {
        MetricAttribute[] attributes = [new CounterAttribute("a_total"), new HistogramAttribute("b_seconds") { Unit = "s" }, new GaugeAttribute("c") { Description = "d" }];
        Assert.Equal(["a_total", "b_seconds", "c"], attributes.Select(a => a.Name));
        Assert.Equal([null, "s", null], attributes.Select(a => a.Unit));
        Assert.Equal([null, null, "d"], attributes.Select(a => a.Description));
    }
}
