using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.MetricRules;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Metrics;

/// <summary>
/// ES4001 (a metric name breaks Prometheus naming), ES4002 (two metrics share a name, reported at both) and ES4003
/// (a metric method has a shape the generator cannot implement). Costs nothing when the metric attributes are absent,
/// and a text search per file when the runtime is referenced but no metric is declared.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MetricsAnalyzer : CompilationStartAnalyzer
{
    /// <summary>The diagnostic property with the corrected name, for the ES4001 code fix.</summary>
    public const string SuggestionProperty = "Suggestion";

    public MetricsAnalyzer()
        : base(GeneratedCodeAnalysisFlags.None, Descriptors.MetricNameInvalid, Descriptors.DuplicateMetricName, Descriptors.MetricMethodShape)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (!RuntimeTypes.Exists(compilation, MetricShape.CounterAttribute)
            && !RuntimeTypes.Exists(compilation, MetricShape.HistogramAttribute)
            && !RuntimeTypes.Exists(compilation, MetricShape.GaugeAttribute))
        {
            return;
        }

        // One action per file that searches the text for the attributes' names, not a symbol action that reads the attributes
        // of every method: a codebase that references the runtime for other attributes has few metric methods (ADR 0043).
        // A semantic model action, run once the tree's declarations are complete, so the attributes are bound already.
        var sites = new AttributeSites(compilation, "Counter", "Histogram", "Gauge");
        // Looked up for the first metric method found: the lookup reads the type tables of every reference.
        var hasGauge = new Lazy<bool>(() => compilation.GetTypeByMetadataName(MetricShape.GaugeType) is not null, LazyThreadSafetyMode.ExecutionAndPublication);
        var names = new ConcurrentBag<(string Name, Location Location, string Member)>();
        var analyzed = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterSemanticModelAction(modelContext => AnalyzeTree(modelContext, sites, hasGauge, names, analyzed));
        context.RegisterCompilationEndAction(endContext => ReportDuplicates(endContext, names));
    }

    private static void AnalyzeTree(
        SemanticModelAnalysisContext context, AttributeSites sites, Lazy<bool> hasGauge,
        ConcurrentBag<(string, Location, string)> names, ConcurrentDictionary<IMethodSymbol, bool> analyzed)
    {
        foreach (var site in sites.In(context.SemanticModel.SyntaxTree, context.CancellationToken))
        {
            if (site.Parent?.Parent is not MethodDeclarationSyntax declaration)
                continue;
            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is IMethodSymbol method)
                AnalyzeMethod(context, method, hasGauge, names, analyzed);
        }
    }

    private static void AnalyzeMethod(
        SemanticModelAnalysisContext context, IMethodSymbol declared, Lazy<bool> hasGauge, ConcurrentBag<(string, Location, string)> names, ConcurrentDictionary<IMethodSymbol, bool> analyzed)
    {
        // A partial method's attributes are both parts': check the declaration the user wrote, once (a method can carry
        // several metric attributes, each found in the text).
        var method = declared.PartialDefinitionPart ?? declared;
        var attributes = method.GetAttributes().Where(a => MetricShape.KindOf(a.AttributeClass) is not null).ToList();
        if (attributes.Count == 0 || !analyzed.TryAdd(method, true))
            return;
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
            return;

        var display = method.ContainingType.Name + "." + method.Name;
        var kind = MetricShape.KindOf(attributes[0].AttributeClass);
        var problem = attributes.Count > 1
            ? new ShapeProblem("it carries more than one metric attribute", null)
            : MetricShape.Check(method, syntax, kind == "Gauge", hasGauge.Value);
        if (problem is { } shape)
        {
            var location = shape.At?.GetLocation() ?? syntax.Identifier.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetricMethodShape, location, display, shape.Message));
        }

        foreach (var attribute in attributes)
            CheckName(context, attribute, display, names);
    }

    private static void CheckName(SemanticModelAnalysisContext context, AttributeData attribute, string display, ConcurrentBag<(string, Location, string)> names)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name
            || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax)
        {
            return;
        }

        var location = syntax.ArgumentList!.Arguments[0].Expression.GetLocation();
        names.Add((name, location, display));
        var isCounter = MetricShape.KindOf(attribute.AttributeClass) == "Counter";
        var unit = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Unit").Value.Value as string;
        if (PrometheusName.Problem(name, isCounter, unit) is not { } problem)
            return;

        var suggestion = PrometheusName.Suggest(name, isCounter, unit);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetricNameInvalid, location, properties, name, problem, suggestion));
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentBag<(string Name, Location Location, string Member)> names)
    {
        foreach (var group in names.GroupBy(n => n.Name).Where(g => g.Count() > 1))
        {
            var members = group.OrderBy(n => n.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(n => n.Location.SourceSpan.Start).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var other = members[i == 0 ? 1 : 0];
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateMetricName, members[i].Location, members[i].Name, other.Member));
            }
        }
    }
}
