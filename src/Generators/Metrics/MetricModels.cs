namespace EmilySovereign.Generators.Metrics;

/// <summary>An enum member as a tag value: its C# name, the snake_case text the tag carries and its constant.</summary>
/// <param name="Bits">The constant as <c>unchecked((ulong)value)</c> does it, so a negative one is above every small index.</param>
internal sealed record EnumTagValue(string Member, string Text, ulong Bits);

/// <summary>One tag parameter: its C# name, the tag's name, its type and how its value becomes the tag.</summary>
/// <param name="Kind">The name of a <c>TagKind</c> member.</param>
/// <param name="Values">For enum tags, one entry per distinct constant value, first declared member first.</param>
internal sealed record TagModel(string Parameter, string Name, string Type, string Kind, ImmutableEquatableArray<EnumTagValue> Values);

/// <summary>A type that contains a metric method: the keyword of its declaration and its name.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>One metric method as the emitter needs it; plain values only, so equal declarations give equal models.</summary>
/// <param name="Namespace">The containing namespace as C# writes it (keywords escaped with '@'), empty for the global one.</param>
/// <param name="Types">The containing types, outermost first.</param>
/// <param name="Modifiers">The method's modifiers as declared (<c>private static partial</c>).</param>
/// <param name="Kind"><c>Counter</c>, <c>Histogram</c> or <c>Gauge</c>.</param>
/// <param name="ValueType">The value's C# keyword: <c>long</c>, <c>int</c>, <c>double</c> or <c>float</c>.</param>
/// <param name="Meter">The meter the class names with a <c>MeterName</c> constant, or null for the assembly's.</param>
/// <param name="BudgetMilliseconds">The method's <c>[LatencyBudget]</c>, or null.</param>
/// <param name="File">The declaring file's path.</param>
internal sealed record MetricMethodModel(
    string Namespace,
    ImmutableEquatableArray<ContainingType> Types,
    string Modifiers,
    string Method,
    string Kind,
    string Name,
    string? Unit,
    string? Description,
    string ValueType,
    string ValueParameter,
    ImmutableEquatableArray<TagModel> Tags,
    string? Meter,
    double? BudgetMilliseconds,
    string File)
{
    /// <summary><c>Namespace.Outer.Inner.Method</c>, how runbooks name the code a metric comes from.</summary>
    public string Member => (Namespace.Length > 0 ? Namespace.Replace("@", string.Empty) + "." : string.Empty) + string.Join(".", System.Linq.Enumerable.Select(Types, t => t.Name)) + "." + Method;
}

/// <summary>What the compilation offers: where the catalog goes and which runtime APIs exist.</summary>
/// <param name="DefaultMeter">The meter of classes without a <c>MeterName</c> constant: RootNamespace, else the assembly name.</param>
/// <param name="ProjectDirectory">The project folder, to show source paths relative to it; empty when unknown.</param>
/// <param name="Observability">Whether to report each metric as ES4004 for the Observability target.</param>
internal sealed record MetricsTarget(string Namespace, string DefaultMeter, bool HasRuntime, bool HasAdvice, string ProjectDirectory, bool Observability);

/// <summary>Everything the emitters write: the target and every valid metric method, in a stable order.</summary>
internal sealed record MetricsModel(MetricsTarget Target, ImmutableEquatableArray<MetricMethodModel> Methods);
