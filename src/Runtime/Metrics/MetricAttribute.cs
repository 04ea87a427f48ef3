using System;

namespace EmilySovereign.Metrics;

/// <summary>
/// The common shape of the metric attributes: put one on a <c>static partial</c> method of a <c>partial</c> class and
/// the generator implements it. The method's first parameter is the value; every other parameter is a tag named as
/// the parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class MetricAttribute : Attribute
{
    /// <summary>Sets the metric's name.</summary>
    /// <param name="name">The metric's name, following Prometheus naming rules (ES4001).</param>
    protected MetricAttribute(string name) => Name = name;

    /// <summary>The metric's name.</summary>
    public string Name { get; }

    /// <summary>The unit of the value, such as <c>s</c> or <c>By</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>What the metric measures, for people.</summary>
    public string? Description { get; set; }
}

/// <summary>A monotonically increasing counter; the generated method adds its value.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CounterAttribute : MetricAttribute
{
    /// <summary>Declares the counter <paramref name="name"/>.</summary>
    /// <param name="name">The counter's name, usually ending in <c>_total</c>.</param>
    public CounterAttribute(string name) : base(name) { }
}

/// <summary>A histogram; the generated method records its value.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HistogramAttribute : MetricAttribute
{
    /// <summary>Declares the histogram <paramref name="name"/>.</summary>
    /// <param name="name">The histogram's name.</param>
    public HistogramAttribute(string name) : base(name) { }
}

/// <summary>A gauge; the generated method records its value as the current one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GaugeAttribute : MetricAttribute
{
    /// <summary>Declares the gauge <paramref name="name"/>.</summary>
    /// <param name="name">The gauge's name.</param>
    public GaugeAttribute(string name) : base(name) { }
}
