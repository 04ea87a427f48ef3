using System.Collections.Generic;

namespace EmilySovereign.Build.Observability;

/// <summary>One metric of the catalog as the build reads it from an ES4004 diagnostic (the fields of <c>MetricInfo</c>).</summary>
/// <param name="Kind"><c>Counter</c>, <c>Histogram</c> or <c>Gauge</c>.</param>
internal sealed record CatalogMetric(string Name, string Kind, string? Unit, string? Description, string Meter, double? BudgetMilliseconds, string Member, string File, IReadOnlyList<CatalogTag> Tags);

/// <summary>A tag and, for an enum tag, the texts it can take.</summary>
internal sealed record CatalogTag(string Name, IReadOnlyList<string> Values);
