using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

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
}
