using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Benchmarks;

/// <summary>
/// The realistic peer of the analyzer benchmarks: like the SDK's own analyzers in every net5+ build, it registers an
/// operation action, so the driver binds every executable body through the semantic model and builds its operation
/// tree. Analyzers measured beside it pay only for what they add to that shared work.
/// </summary>
// A benchmark-only analyzer that never ships, so the analyzer-authoring rules do not apply. An empty operation action
// is enough for the driver to bind every executable body, as any IOperation analyzer does.
#pragma warning disable RS1041, RS1036, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BindingPeerAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("PEER", "peer", "peer", "none", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
    }
}
#pragma warning restore RS1041, RS1036, RS2008
