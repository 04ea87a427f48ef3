namespace EmilySovereign.Metrics;

/// <summary>Which attribute declared a metric, and so which instrument records it.</summary>
public enum MetricKind
{
    /// <summary><c>[Counter]</c>: a <c>Counter&lt;T&gt;</c>; the generated method adds its value.</summary>
    Counter,

    /// <summary><c>[Histogram]</c>: a <c>Histogram&lt;T&gt;</c>; the generated method records its value.</summary>
    Histogram,

    /// <summary><c>[Gauge]</c>: a <c>Gauge&lt;T&gt;</c> (.NET 9+); the generated method records the current value.</summary>
    Gauge,
}
