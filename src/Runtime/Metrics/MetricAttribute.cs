using System;

namespace EmilySovereign.Metrics;

/// <summary>
/// The common shape of the metric attributes. Put one on a <c>static partial void</c> method without a body, in a
/// <c>partial</c> (non-generic) class, and the EmilySovereign generator implements it on
/// <c>System.Diagnostics.Metrics</c> and lists it in the generated <c>MetricsCatalog.All</c>.
/// </summary>
/// <remarks>
/// <para>The first parameter is the value (<c>long</c>, <c>int</c>, <c>double</c> or <c>float</c>). Every other
/// parameter is a tag named as the parameter; a tag is a primitive, a string or an enum. An enum tag carries its member's
/// name in snake_case (<c>HdcFallback</c> → <c>hdc_fallback</c>). Recording allocates nothing with up to three string,
/// enum or bool tags (numeric tags are boxed), and returns at once when no listener is attached.</para>
/// <para>The instrument is on the meter named by a <c>const string MeterName</c> of the containing class, else on the
/// project's meter (<c>MetricsCatalog.MeterName</c>: the RootNamespace, else the assembly name).
/// A <c>[LatencyBudget]</c> on the method is carried into the catalog; <c>dotnet msbuild -t:Observability</c> turns it
/// into an alert on the histogram's 99th percentile.</para>
/// <para>The analyzers check the name against Prometheus rules (ES4001), its uniqueness (ES4002) and the method's
/// shape (ES4003).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class MetricAttribute : Attribute
{
    /// <summary>Sets the metric's name.</summary>
    /// <param name="name">The metric's name, following Prometheus naming rules (ES4001).</param>
    protected MetricAttribute(string name) => Name = name;

    /// <summary>The metric's name.</summary>
    public string Name { get; }

    /// <summary>The unit of the value in UCUM form, such as <c>s</c> or <c>By</c>; histograms of <c>s</c> get latency buckets on .NET 9 and later.</summary>
    public string? Unit { get; set; }

    /// <summary>What the metric measures, for people.</summary>
    public string? Description { get; set; }
}

/// <summary>A monotonically increasing counter (<c>Counter&lt;T&gt;</c>); the generated method adds its value.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CounterAttribute : MetricAttribute
{
    /// <summary>Declares the counter <paramref name="name"/>.</summary>
    /// <param name="name">The counter's name, ending in <c>_total</c> (ES4001).</param>
    public CounterAttribute(string name) : base(name) { }
}

/// <summary>A histogram (<c>Histogram&lt;T&gt;</c>); the generated method records its value.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HistogramAttribute : MetricAttribute
{
    /// <summary>Declares the histogram <paramref name="name"/>.</summary>
    /// <param name="name">The histogram's name.</param>
    public HistogramAttribute(string name) : base(name) { }
}

/// <summary>
/// A gauge (<c>Gauge&lt;T&gt;</c>, .NET 9 and later, or the System.Diagnostics.DiagnosticSource package 9 or later;
/// ES4003 otherwise); the generated method records its value as the current one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GaugeAttribute : MetricAttribute
{
    /// <summary>Declares the gauge <paramref name="name"/>.</summary>
    /// <param name="name">The gauge's name.</param>
    public GaugeAttribute(string name) : base(name) { }
}
