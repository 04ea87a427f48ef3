using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Layers;

/// <summary>
/// Reports given diagnostics again, at the same places and with messages as long, without analyzing anything: the cost
/// that the driver adds to every reported diagnostic (severity filters, and the walk up the tree that looks for
/// <c>[SuppressMessage]</c> on every declaration around it), which any analyzer reporting as many would pay.
/// </summary>
// A benchmark-only analyzer that never ships, so the analyzer-authoring rules do not apply.
#pragma warning disable RS1041, RS1036, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReplayAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("REPLAY", "replay", "{0}", "none", DiagnosticSeverity.Error, true);

    private readonly IReadOnlyDictionary<string, (TextSpan Span, string Message)[]> _byPath;

    public ReplayAnalyzer(IReadOnlyDictionary<string, (TextSpan Span, string Message)[]> byPath) => _byPath = byPath;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(modelContext =>
        {
            var tree = modelContext.SemanticModel.SyntaxTree;
            if (!_byPath.TryGetValue(tree.FilePath, out var diagnostics))
            {
                return;
            }

            foreach (var (span, message) in diagnostics)
            {
                modelContext.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(tree, span), message));
            }
        });
    }
}
#pragma warning restore RS1041, RS1036, RS2008
