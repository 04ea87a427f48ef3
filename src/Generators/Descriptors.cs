using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators;

/// <summary>The one table of diagnostic descriptors of the generators assembly.</summary>
internal static class Descriptors
{
    // Metrics (ES4xxx)

    /// <summary>
    /// Reported only with -p:EmilySovereignObservability=true: the Observability target reads these from the
    /// compiler's SARIF log to write alert rules, a dashboard and runbooks (ADR 060).
    /// </summary>
    public static readonly DiagnosticDescriptor MetricCatalogEntry = new(
        "ES4004",
        "A metric of the catalog (for -t:Observability)",
        "Metric catalog entry: {0}",
        "Metrics",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "One entry of MetricsCatalog.All as JSON, for the build's observability files.",
        helpLinkUri: RuleHelp.LinkFor("ES4004"));
}
