using System;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Architecture;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Adrs;

/// <summary>
/// ES5005 (off by default): every type in a layer of architecture.json carries an <c>[Adr]</c>, for teams that want
/// "all decisions recorded" enforced. Layers are resolved exactly as the layer rules resolve them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayerTypeAdrAnalyzer : CompilationStartAnalyzer
{
    public LayerTypeAdrAnalyzer()
        : base(GeneratedCodeAnalysisFlags.None, Descriptors.LayerTypeWithoutAdr)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // The architecture file first: without it nothing is looked up at all.
        var file = ArchitectureFileCache.Find(context.Options);
        if (file is null || ArchitectureFileCache.Get(file, context.CancellationToken)?.Rules is not { } rules
            || RuntimeTypes.FindOnFirstUse(context.Compilation, "EmilySovereign.AdrAttribute") is not { } adrAttribute)
        {
            return;
        }

        var resolver = new LayerResolver(rules, context.Compilation);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, resolver, adrAttribute), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, LayerResolver resolver, Lazy<INamedTypeSymbol?> adrAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        // A nested type is judged with its containing type: one [Adr] on the outer type covers both.
        if (type.ContainingType is not null || type.IsImplicitlyDeclared || type.Locations.IsEmpty || !type.Locations[0].IsInSource)
            return;

        var layer = resolver.LayerOf(type);
        if (layer == LayerRules.None || adrAttribute.Value is not { } adr || HasAdr(type, adr))
            return;

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.LayerTypeWithoutAdr, type.Locations[0], type.ToDisplayString(), resolver.Rules.Names[layer]));
    }

    // GetAttributes covers every part of a partial type, so [Adr] on any part counts.
    private static bool HasAdr(INamedTypeSymbol type, INamedTypeSymbol adrAttribute)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, adrAttribute))
                return true;
        }

        return false;
    }
}
