using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Adrs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.CodeFixes.Adrs;

/// <summary>ES5002: <c>[Adr(3)]</c> on a superseded ADR becomes <c>[Adr(7)]</c>, its successor (the analyzer names it).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SupersededAdrFixer)), Shared]
public sealed class SupersededAdrFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SupersededAdr);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(AdrAnalyzer.SuccessorProperty, out var text) ||
            !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var successor) ||
            node is not ExpressionSyntax argument)
        {
            return;
        }

        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(successor));
        RegisterReplacement(context, diagnostic, argument, literal, $"Follow ADR {successor} instead", "ES5002.FollowSuccessor");
    }
}
