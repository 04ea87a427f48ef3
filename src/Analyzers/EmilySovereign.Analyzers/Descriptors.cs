using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers;

/// <summary>The one table of diagnostic descriptors of the analyzers assembly.</summary>
internal static partial class Descriptors
{
    // Layers (ES1xxx)
    private const string LayersCategory = "Architecture";

    public static readonly DiagnosticDescriptor LayerViolation = Create(
        DiagnosticIds.LayerViolation, LayersCategory, DiagnosticSeverity.Error,
        "A layer uses a layer it may not use",
        "'{0}' in layer '{1}' uses '{2}' in layer '{3}', which architecture.json does not allow ({1} may use: {4})",
        "Code in one architecture layer must use only the layers its mayUse list in architecture.json names.");

    public static readonly DiagnosticDescriptor ArchitectureFileInvalid = Create(
        DiagnosticIds.ArchitectureFileInvalid, LayersCategory, DiagnosticSeverity.Error,
        "architecture.json cannot be read",
        "architecture.json: {0}",
        "The architecture file must be JSON of the documented shape; until it is, no layer rule is checked.");

    public static readonly DiagnosticDescriptor UnknownLayer = Create(
        DiagnosticIds.UnknownLayer, LayersCategory, DiagnosticSeverity.Error,
        "A layer name is not declared",
        "{0}",
        "[Layer] and mayUse must name layers that architecture.json declares.");

    public static readonly DiagnosticDescriptor LayerCycle = Create(
        DiagnosticIds.LayerCycle, LayersCategory, DiagnosticSeverity.Warning,
        "The layers' mayUse relation has a cycle",
        "{0}",
        "Layers that may use each other in a cycle are one layer in practice.");

    /// <summary>Reported only with -p:EmilySovereignLayerGraph=true: the build reads these to draw layers.mmd (ADR 032).</summary>
    public static readonly DiagnosticDescriptor LayerGraphEdge = Create(
        DiagnosticIds.LayerGraphEdge, LayersCategory, DiagnosticSeverity.Info,
        "A layer uses another layer (layer graph)",
        "Layer graph edge: {0} -> {1}, {2} uses",
        "The edges of the layer graph that the code actually uses, for the build's layers.mmd.",
        true,
        WellKnownDiagnosticTags.CompilationEnd);

    // Latency budgets (ES2xxx)

    // ADR references (ES5xxx)

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message,
        string? description = null, bool enabledByDefault = true, params string[] customTags) =>
        new(id, title, message, category, severity, enabledByDefault, description, RuleHelp.LinkFor(id), customTags);
}
