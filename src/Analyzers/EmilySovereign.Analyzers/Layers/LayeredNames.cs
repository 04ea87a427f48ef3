using System;
using System.Collections.Generic;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The simple names that can refer to code in a layer: the names of layered types (also without an
/// <c>Attribute</c> suffix), of their members, and of every <c>using</c> alias. A name outside this set cannot be a
/// layer use, so the checker skips it without binding it: most names in real code (locals, parameters, framework
/// calls) never reach <c>GetSymbolInfo</c>. Built once per compilation, on first use.
/// </summary>
internal sealed class LayeredNames
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private LayeredNames()
    {
    }

    public bool MayRefer(string name) => _names.Contains(name);

    public static LayeredNames Collect(Compilation compilation, LayerResolver resolver)
    {
        var names = new LayeredNames();
        var layerAttributeAssembly = compilation.GetTypeByMetadataName("EmilySovereign.LayerAttribute")?.ContainingAssembly.Name;
        names.AddAssembly(compilation.Assembly, resolver, scanAllTypes: true);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only an assembly that references the attribute's assembly can put a type in a layer by [Layer];
            // elsewhere only namespaces that a pattern could match need a look.
            names.AddAssembly(assembly, resolver, scanAllTypes: resolver.LayerOfAssembly(assembly) != LayerRules.None || References(assembly, layerAttributeAssembly));
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                names.AddAliases(unit.Usings);
                foreach (var member in unit.Members)
                {
                    names.AddNamespaceAliases(member);
                }
            }
        }

        return names;
    }

    private static bool References(IAssemblySymbol assembly, string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddAssembly(IAssemblySymbol assembly, LayerResolver resolver, bool scanAllTypes)
    {
        var stack = new Stack<INamespaceSymbol>();
        stack.Push(assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            var ns = stack.Pop();
            var nsMatches = scanAllTypes || resolver.LayerOfNamespace(ns) != LayerRules.None;
            if (nsMatches)
            {
                foreach (var type in ns.GetTypeMembers())
                {
                    AddType(type, resolver);
                }
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                if (scanAllTypes || resolver.Rules.MayMatchBelow(child.ToDisplayString()))
                {
                    stack.Push(child);
                }
            }
        }
    }

    private void AddType(INamedTypeSymbol type, LayerResolver resolver)
    {
        if (resolver.LayerOf(type) != LayerRules.None)
        {
            _names.Add(type.Name);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                _names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
            }

            foreach (var member in type.MemberNames)
            {
                _names.Add(member);
            }
        }

        foreach (var nested in type.GetTypeMembers())
        {
            AddType(nested, resolver);
        }
    }

    private void AddNamespaceAliases(MemberDeclarationSyntax member)
    {
        if (member is BaseNamespaceDeclarationSyntax ns)
        {
            AddAliases(ns.Usings);
            foreach (var inner in ns.Members)
            {
                AddNamespaceAliases(inner);
            }
        }
    }

    private void AddAliases(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                _names.Add(alias.Name.Identifier.ValueText);
            }
        }
    }
}
