using System.Collections.Generic;

namespace EmilySovereign.Build.Observability;

/// <summary>One metric of the catalog as the build reads it from an ES4004 diagnostic (the fields of <c>MetricInfo</c>).</summary>
internal sealed class CatalogMetric
{
    public CatalogMetric(string name, string kind, string? unit, string? description, string meter, double? budgetMilliseconds, string member, string file, IReadOnlyList<CatalogTag> tags)
    {
        Name = name;
        Kind = kind;
        Unit = unit;
        Description = description;
        Meter = meter;
        BudgetMilliseconds = budgetMilliseconds;
        Member = member;
        File = file;
        Tags = tags;
    }

    public string Name { get; }

    /// <summary><c>Counter</c>, <c>Histogram</c> or <c>Gauge</c>.</summary>
    public string Kind { get; }

    public string? Unit { get; }

    public string? Description { get; }

    public string Meter { get; }

    public double? BudgetMilliseconds { get; }

    public string Member { get; }

    public string File { get; }

    public IReadOnlyList<CatalogTag> Tags { get; }
}

/// <summary>A tag and, for an enum tag, the texts it can take.</summary>
internal sealed class CatalogTag
{
    public CatalogTag(string name, IReadOnlyList<string> values)
    {
        Name = name;
        Values = values;
    }

    public string Name { get; }

    public IReadOnlyList<string> Values { get; }
}
