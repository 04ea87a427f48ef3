using EmilySovereign.Analyzers.Baseline;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The layer rules: ES1001 (a forbidden use), ES1002 (the file cannot be read), ES1003 (an undeclared layer name)
/// and ES1004 (a cycle in <c>mayUse</c>). Without an architecture file it registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayerAnalyzer : CompilationStartAnalyzer
{
    // Generated code is analyzed only so that users can opt in (emily_sovereign.layers.check_generated_code);
    // LayerUseChecker returns at once for it otherwise.
    public LayerAnalyzer()
        : base(
            GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics,
            Descriptors.LayerViolation, Descriptors.ArchitectureFileInvalid, Descriptors.UnknownLayer,
            Descriptors.LayerCycle, Descriptors.LayerGraphEdge, Descriptors.KeptByBaseline,
            Descriptors.StaleBaselineEntry)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var file = ArchitectureFileCache.Find(context.Options);
        if (file is null)
        {
            return;
        }

        var parsed = ArchitectureFileCache.Get(file, context.CancellationToken);
        if (parsed is null)
        {
            return;
        }

        context.RegisterAdditionalFileAction(fileContext => ReportFileProblems(fileContext, file, parsed.File));
        if (parsed.Rules is not { } rules)
        {
            return;
        }

        var resolver = new LayerResolver(rules, context.Compilation);
        var attributes = new UnknownLayerAttributes(rules);
        context.RegisterSymbolAction(attributes.AnalyzeType, SymbolKind.NamedType);
        attributes.RegisterAssemblyCheck(context);
        var graph = LayerGraphRecorder.IsEnabled(context.Options) ? new LayerGraphRecorder(rules) : null;
        if (rules.HasRestrictions || graph is not null)
        {
            var baseline = BaselineGate.For(context.Options, rule => rule == DiagnosticIds.LayerViolation, context.CancellationToken);
            var checker = new LayerUseChecker(context.Compilation, resolver, context.Options, graph, baseline);
            context.RegisterSemanticModelAction(checker.AnalyzeTree);
            if (baseline is not null)
            {
                context.RegisterCompilationEndAction(baseline.ReportStale);
            }
        }

        if (graph is not null)
        {
            context.RegisterCompilationEndAction(graph.Report);
        }
    }

    private static void ReportFileProblems(AdditionalFileAnalysisContext context, AdditionalText file, ArchitectureFile parsed)
    {
        if (context.AdditionalFile.Path != file.Path || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var problem in parsed.Problems)
        {
            var descriptor = problem.Kind switch
            {
                ArchitectureProblemKind.Malformed => Descriptors.ArchitectureFileInvalid,
                ArchitectureProblemKind.UnknownLayer => Descriptors.UnknownLayer,
                _ => Descriptors.LayerCycle,
            };
            context.ReportDiagnostic(Diagnostic.Create(descriptor, ArchitectureFileCache.LocationOf(file, text, problem.Span), problem.Message));
        }
    }
}
