using System.Collections.Generic;
using EmilySovereign.Architecture;
using EmilySovereign.Roslyn;
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
        if (!MayNameLayer(context.Compilation))
        {
            return;
        }

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

    /// <summary>
    /// Whether an <c>[assembly: ...]</c> attribute of some file may be <c>[Layer]</c>: one named <c>Layer</c> or
    /// <c>LayerAttribute</c>, or any while a file has a using alias, which could stand for it. Only then are the assembly's
    /// attributes bound here: at the compilation's start that binding is the compiler's own work done first on this
    /// analyzer's clock (70 ms at 10 000 types).
    /// </summary>
    private static bool MayNameLayer(Compilation compilation)
    {
        var anyAttribute = false;
        var anyAlias = false;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var list in unit.AttributeLists)
            {
                if (list.Target?.Identifier.ValueText != "assembly")
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    anyAttribute = true;
                    if (NameSyntaxes.LastIdentifier(attribute.Name) is "Layer" or "LayerAttribute")
                    {
                        return true;
                    }
                }
            }

            foreach (var directive in unit.Usings)
            {
                anyAlias |= directive.Alias is not null;
            }
        }

        return anyAttribute && anyAlias;
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
