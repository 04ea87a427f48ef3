using System.Collections.Generic;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>ES1003 for <c>[Layer("...")]</c> on types and on the assembly naming a layer the file does not declare.</summary>
internal sealed class UnknownLayerAttributes
{
    private readonly LayerRules _rules;

    public UnknownLayerAttributes(LayerRules rules) => _rules = rules;

    public void AnalyzeType(SymbolAnalysisContext context)
    {
        var attribute = LayerResolver.FindLayerAttribute(context.Symbol.GetAttributes());
        if (attribute is not null && Unknown(attribute) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The assembly's attribute is resolved once; its tree reports it, so the IDE shows it in that file.</summary>
    public void RegisterAssemblyCheck(CompilationStartAnalysisContext context)
    {
        var attribute = LayerResolver.FindLayerAttribute(context.Compilation.Assembly.GetAttributes());
        if (attribute?.ApplicationSyntaxReference is not { } reference || Unknown(attribute) is not { } diagnostic)
        {
            return;
        }

        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (treeContext.Tree == reference.SyntaxTree)
            {
                treeContext.ReportDiagnostic(diagnostic);
            }
        });
    }

    private Diagnostic? Unknown(AttributeData attribute)
    {
        var name = LayerResolver.LayerName(attribute);
        if (name is null || _rules.IndexOf(name) != LayerRules.None)
        {
            return null;
        }

        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax();
        var location = syntax is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } attributeSyntax
            ? attributeSyntax.ArgumentList.Arguments[0].GetLocation()
            : syntax?.GetLocation() ?? Location.None;
        return Diagnostic.Create(Descriptors.UnknownLayer, location, LayerNameSuggestions.UnknownLayerMessage(name, new List<string>(_rules.Names)));
    }
}
