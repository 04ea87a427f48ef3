using System.Collections.Immutable;
using System.Composition;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmilySovereign.CodeFixes.Metrics;

/// <summary>ES4001: <c>[Counter("RequestsServed")]</c> becomes <c>[Counter("requests_served_total")]</c> (the analyzer computes the name).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MetricNameFixer)), Shared]
public sealed class MetricNameFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MetricNameInvalid);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node) =>
        RegisterSuggestedName(
            context, diagnostic, node, MetricsAnalyzer.SuggestionProperty, name => $"Rename the metric to '{name}'", "ES4001.Rename");
}
