using System.Linq;
using EmilySovereign.MetricRules;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators.Metrics;

/// <summary>
/// Implements every <c>[Counter]</c>, <c>[Histogram]</c> and <c>[Gauge]</c> partial method on
/// System.Diagnostics.Metrics and generates <c>MetricsCatalog</c>. Each attributed method is parsed in its own step
/// (ForAttributeWithMetadataName), so an edit elsewhere re-parses nothing and re-emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class MetricsGenerator : IIncrementalGenerator
{
    internal const string CountersStep = "MetricCounters";
    internal const string HistogramsStep = "MetricHistograms";
    internal const string GaugesStep = "MetricGauges";
    internal const string TargetStep = "MetricsTarget";
    internal const string ModelStep = "MetricsModel";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var counters = Methods(context, MetricShape.CounterAttribute, CountersStep);
        var histograms = Methods(context, MetricShape.HistogramAttribute, HistogramsStep);
        var gauges = Methods(context, MetricShape.GaugeAttribute, GaugesStep);

        var methods = counters.Combine(histograms).Combine(gauges)
            .Select(static (pair, _) => pair.Left.Left.AddRange(pair.Left.Right).AddRange(pair.Right));

        // The compilation is looked at only when a metric is declared: a project without metrics pays for no type lookup.
        var target = methods
            .Select(static (all, _) => !all.IsEmpty)
            .Combine(context.CompilationProvider)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left.Left ? Parser.ReadTarget(pair.Left.Right, pair.Right) : null)
            .WithTrackingName(TargetStep);

        var model = methods.Combine(target)
            .Select(static (pair, _) => Parser.BuildModel(pair.Left, pair.Right))
            .WithTrackingName(ModelStep);

        context.RegisterSourceOutput(model, static (output, model) =>
        {
            if (model is null)
                return;
            var version = typeof(MetricsGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
            output.AddSource("EmilySovereign.MetricsCatalog.g.cs", CatalogEmitter.Emit(model, version));
            var hints = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var group in model.Methods.GroupBy(m => (m.Namespace, m.Types)))
            {
                var methods = group.ToList();
                output.AddSource(Emitter.HintName(methods, hints), Emitter.EmitType(methods, model.Target, version));
            }

            if (model.Target.Observability)
            {
                foreach (var method in model.Methods)
                    output.ReportDiagnostic(Diagnostic.Create(Descriptors.MetricCatalogEntry, Location.None, CatalogJson.Write(method, model.Target)));
            }
        });
    }

    private static IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<MetricMethodModel?>> Methods(
        IncrementalGeneratorInitializationContext context, string attribute, string step) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax, static (ctx, _) => Parser.ParseMethod(ctx))
            .WithTrackingName(step)
            .Collect();
}
