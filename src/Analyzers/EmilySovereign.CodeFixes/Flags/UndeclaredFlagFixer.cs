using System.Collections.Immutable;
using System.Composition;
using EmilySovereign.Analyzers;
using EmilySovereign.Analyzers.Flags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmilySovereign.CodeFixes.Flags;

/// <summary>
/// ES3001: <c>FeatureFlags.IsEnabled("gflownet_v3")</c> becomes <c>IsEnabled("gflownet_v2")</c>, the declared name the
/// analyzer suggests. Offered on string literals only: a <c>const</c> may be shared, so its declaration is the user's to change.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredFlagFixer)), Shared]
public sealed class UndeclaredFlagFixer : DiagnosticNodeFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndeclaredFlag);

    protected override void RegisterFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node) =>
        RegisterSuggestedName(
            context, diagnostic, node, FeatureFlagAnalyzer.SuggestionProperty, name => $"Use the declared flag '{name}'", "ES3001.UseDeclaredFlag");
}
