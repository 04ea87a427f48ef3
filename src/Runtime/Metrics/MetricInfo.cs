using System;
using System.Collections.Generic;

namespace EmilySovereign.Metrics;

/// <summary>
/// One metric of a project, as the generated <c>MetricsCatalog.All</c> lists it: what Prometheus, dashboards and
/// runbooks need to know about it.
/// </summary>
public sealed record class MetricInfo
{
    /// <summary>Describes one metric.</summary>
    /// <param name="name">The metric's name, as declared.</param>
    /// <param name="kind">The kind of instrument.</param>
    /// <param name="unit">The unit (<c>s</c>, <c>By</c>, ...), or null.</param>
    /// <param name="description">What it measures, or null.</param>
    /// <param name="tagNames">The tags every measurement carries, in parameter order.</param>
    /// <param name="meter">The name of the meter the instrument is on.</param>
    /// <param name="latencyBudgetMilliseconds">The <c>[LatencyBudget]</c> of the recording method, or null.</param>
    /// <param name="member">The recording method, <c>Namespace.Type.Method</c>.</param>
    /// <param name="sourceFile">The file that declares it, relative to the project folder.</param>
    public MetricInfo(
        string name, MetricKind kind, string? unit, string? description, IReadOnlyList<string> tagNames, string meter,
        double? latencyBudgetMilliseconds, string member, string sourceFile)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Unit = unit;
        Description = description;
        TagNames = tagNames ?? throw new ArgumentNullException(nameof(tagNames));
        Meter = meter ?? throw new ArgumentNullException(nameof(meter));
        LatencyBudgetMilliseconds = latencyBudgetMilliseconds;
        Member = member ?? throw new ArgumentNullException(nameof(member));
        SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
    }

    /// <summary>The metric's name, as declared (exporters may add unit and <c>_total</c> suffixes).</summary>
    public string Name { get; }

    /// <summary>The kind of instrument.</summary>
    public MetricKind Kind { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>What the metric measures, or null.</summary>
    public string? Description { get; }

    /// <summary>The names of the tags every measurement carries.</summary>
    public IReadOnlyList<string> TagNames { get; }

    /// <summary>The name of the meter the instrument is on.</summary>
    public string Meter { get; }

    /// <summary>The latency budget the recorded value is held to (from <c>[LatencyBudget]</c> on the method), or null.</summary>
    public double? LatencyBudgetMilliseconds { get; }

    /// <summary>The recording method, <c>Namespace.Type.Method</c>.</summary>
    public string Member { get; }

    /// <summary>The file that declares the method, relative to the project folder.</summary>
    public string SourceFile { get; }
}
