using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Flags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.CodeFixes.Flags;

/// <summary>
/// ES3001: <c>FeatureFlags.IsEnabled("gflownet_v3")</c> becomes <c>IsEnabled("gflownet_v2")</c>, the declared name the
/// analyzer suggests. Offered on string literals only: a <c>const</c> may be shared, so its declaration is the user's to change.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredFlagFixer)), Shared]
public sealed class UndeclaredFlagFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndeclaredFlag);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(FeatureFlagAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null ||
            node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Use the declared flag '{suggestion}'",
                token => ReplaceAsync(context.Document, literal, suggestion, token),
                equivalenceKey: "ES3001.UseDeclaredFlag"),
            diagnostic);
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
