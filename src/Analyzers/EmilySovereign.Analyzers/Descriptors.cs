using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers;

/// <summary>The one table of diagnostic descriptors of the analyzers assembly.</summary>
internal static partial class Descriptors
{
    // Layers (ES1xxx)

    // Latency budgets (ES2xxx)

    // ADR references (ES5xxx)

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message,
        string? description = null, bool enabledByDefault = true, params string[] customTags) =>
        new(id, title, message, category, severity, enabledByDefault, description, RuleHelp.LinkFor(id), customTags);
}
