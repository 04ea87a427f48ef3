using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.CodeFixes.Metrics;

/// <summary>ES4001: <c>[Counter("RequestsServed")]</c> becomes <c>[Counter("requests_served_total")]</c> (the analyzer computes the name).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MetricNameFixer)), Shared]
public sealed class MetricNameFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MetricNameInvalid);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        // Only a literal is rewritten: a constant may be shared with code that needs the old name.
        if (!diagnostic.Properties.TryGetValue(MetricsAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null
            || node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Rename the metric to '{suggestion}'",
                token => ReplaceAsync(context.Document, literal, suggestion, token),
                equivalenceKey: "ES4001.Rename"),
            diagnostic);
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
