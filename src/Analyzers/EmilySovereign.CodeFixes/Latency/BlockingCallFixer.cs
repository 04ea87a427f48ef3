using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Latency;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace EmilySovereign.CodeFixes.Latency;

/// <summary>
/// ES2002 in an async function: <c>task.Result</c>, <c>task.Wait()</c> and <c>task.GetAwaiter().GetResult()</c> become
/// <c>await task</c>; <c>Thread.Sleep(x)</c> becomes <c>await Task.Delay(x)</c>. The analyzer decides when it applies.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingCallFixer)), Shared]
public sealed class BlockingCallFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingCall);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(LatencyProperties.BlockingFix, out var fix) || Rewrite(node, fix) is not { } replacement)
            return;
        var title = fix == LatencyProperties.DelayFix ? "Use 'await Task.Delay'" : "Use 'await'";
        context.RegisterCodeFix(
            CodeAction.Create(title, token => ReplaceAsync(context.Document, node, replacement, token), equivalenceKey: "ES2002." + fix),
            diagnostic);
    }

    private static ExpressionSyntax? Rewrite(SyntaxNode node, string? fix)
    {
        switch (node)
        {
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result when fix == LatencyProperties.AwaitFix:
                return Await(result.Expression, parenthesize: true);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait } when fix == LatencyProperties.AwaitFix:
                return Await(wait.Expression, parenthesize: false);
            case InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Name.Identifier.ValueText: "GetResult",
                    Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter },
                },
            } when fix == LatencyProperties.AwaitFix:
                return Await(getAwaiter.Expression, parenthesize: true);
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } sleep when fix == LatencyProperties.DelayFix:
                var delay = SyntaxFactory.ParseExpression("global::System.Threading.Tasks.Task.Delay")
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                return Await(SyntaxFactory.InvocationExpression(delay, sleep.ArgumentList), parenthesize: false);
            default:
                return null;
        }
    }

    private static ExpressionSyntax Await(ExpressionSyntax awaited, bool parenthesize)
    {
        ExpressionSyntax expression = SyntaxFactory.AwaitExpression(awaited.WithoutTrivia());
        if (parenthesize)
            expression = SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);
        return expression;
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = root!.ReplaceNode(node, replacement.WithTriviaFrom(node));
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(updated), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
