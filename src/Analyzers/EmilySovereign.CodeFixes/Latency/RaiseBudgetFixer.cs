using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace EmilySovereign.CodeFixes.Latency;

/// <summary>
/// ES2001: raise the caller's budget to the callee's. Edits the budget the caller writes, or gives the member one of
/// its own when its budget comes from its type. The analyzer withholds the fix for interface contracts.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseBudgetFixer)), Shared]
public sealed class RaiseBudgetFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CallsLargerBudget);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(LatencyProperties.RaiseBudgetTo, out var text)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            || BudgetOwner(node) is not { } owner)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Raise this member's budget to " + Budget.Format(milliseconds) + " ms",
                token => RaiseAsync(context.Document, owner, milliseconds, token),
                equivalenceKey: "ES2001.RaiseBudget"),
            diagnostic);
    }

    /// <summary>The innermost lambda, local function or accessor that writes a budget, else the enclosing member.</summary>
    private static SyntaxNode? BudgetOwner(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax local when BudgetAttribute(local.AttributeLists) is not null:
                case ParenthesizedLambdaExpressionSyntax lambda when BudgetAttribute(lambda.AttributeLists) is not null:
                case AccessorDeclarationSyntax accessor when BudgetAttribute(accessor.AttributeLists) is not null:
                    return ancestor;
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax:
                    return ancestor;
            }
        }

        return null;
    }

    private static async Task<Document> RaiseAsync(Document document, SyntaxNode owner, double milliseconds, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var lists = AttributeLists(owner);
        var literal = Literal(milliseconds);
        SyntaxNode updated;
        if (BudgetAttribute(lists) is { ArgumentList.Arguments.Count: 1 } existing)
        {
            updated = root!.ReplaceNode(existing.ArgumentList.Arguments[0].Expression, literal.WithTriviaFrom(existing.ArgumentList.Arguments[0].Expression));
        }
        else
        {
            var attribute = SyntaxFactory.Attribute(
                (NameSyntax)SyntaxFactory.ParseName("global::EmilySovereign.LatencyBudget").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(literal))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            updated = root!.ReplaceNode(owner, WithAttribute(owner, list, EndOfLine(root!)));
        }

        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(updated), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document's own line ending, so the new attribute line matches its neighbours.</summary>
    private static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found
            ? found
            : SyntaxFactory.LineFeed;

    private static SyntaxNode WithAttribute(SyntaxNode owner, AttributeListSyntax list, SyntaxTrivia endOfLine)
    {
        var leading = owner.GetLeadingTrivia();
        var indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        var attributed = list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine, indentation);
        var bare = owner.WithLeadingTrivia();
        return bare switch
        {
            BaseMethodDeclarationSyntax method => method.WithAttributeLists(method.AttributeLists.Insert(0, attributed)),
            BasePropertyDeclarationSyntax property => property.WithAttributeLists(property.AttributeLists.Insert(0, attributed)),
            _ => owner,
        };
    }

    private static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode owner) => owner switch
    {
        BaseMethodDeclarationSyntax method => method.AttributeLists,
        BasePropertyDeclarationSyntax property => property.AttributeLists,
        LocalFunctionStatementSyntax local => local.AttributeLists,
        ParenthesizedLambdaExpressionSyntax lambda => lambda.AttributeLists,
        AccessorDeclarationSyntax accessor => accessor.AttributeLists,
        _ => default,
    };

    private static AttributeSyntax? BudgetAttribute(SyntaxList<AttributeListSyntax> lists) =>
        lists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => NameSyntaxes.LastIdentifier(attribute.Name) is "LatencyBudget" or "LatencyBudgetAttribute");

    private static ExpressionSyntax Literal(double milliseconds) =>
        milliseconds == System.Math.Floor(milliseconds) && milliseconds < int.MaxValue
            ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal((int)milliseconds))
            : SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(milliseconds.ToString("R", CultureInfo.InvariantCulture), milliseconds));
}
