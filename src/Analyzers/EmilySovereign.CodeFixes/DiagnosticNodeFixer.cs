using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.CodeFixes;

/// <summary>
/// The shape every fix here shares: Fix All in batches, and one call per diagnostic with the innermost node it sits
/// on; the analyzer has already put what the fix needs into the diagnostic's properties.
/// </summary>
public abstract class DiagnosticNodeFixer : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
            RegisterFix(context, diagnostic, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
    }

    /// <summary>Registers the fix for <paramref name="diagnostic"/> on <paramref name="node"/>, or nothing.</summary>
    protected abstract void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node);

    /// <summary>
    /// Offers to replace the string literal the diagnostic sits on with the name the analyzer put into its
    /// <paramref name="property"/>. Only a literal is rewritten: a constant may be shared with code that needs the old name.
    /// </summary>
    protected static void RegisterSuggestedName(
        CodeFixContext context, Diagnostic diagnostic, SyntaxNode node, string property, Func<string, string> title, string equivalenceKey)
    {
        if (!diagnostic.Properties.TryGetValue(property, out var suggestion) || suggestion is null
            || node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion));
        RegisterReplacement(context, diagnostic, literal, replacement, title(suggestion), equivalenceKey);
    }

    /// <summary>Offers to put <paramref name="replacement"/> where <paramref name="node"/> stands, with the node's trivia.</summary>
    protected static void RegisterReplacement(
        CodeFixContext context, Diagnostic diagnostic, SyntaxNode node, SyntaxNode replacement, string title, string equivalenceKey) =>
        context.RegisterCodeFix(
            CodeAction.Create(title, token => ReplaceAsync(context.Document, node, replacement, token), equivalenceKey),
            diagnostic);

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(node, replacement.WithTriviaFrom(node)));
    }
}
