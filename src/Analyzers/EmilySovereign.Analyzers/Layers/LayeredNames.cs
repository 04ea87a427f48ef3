using System;
using System.Collections.Generic;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The simple names that can refer to code in a layer, each with the layers it can refer to: the names of layered
/// types (also without an <c>Attribute</c> suffix) and of their members, and every <c>using</c> alias (any layer).
/// A name none of whose layers the user's layer is forbidden to use cannot be a forbidden use, so the checker skips
/// it without binding it: most names in real code (locals, parameters, framework calls, allowed layers' types) never
/// reach <c>GetSymbolInfo</c>. Built once per compilation, on first use.
/// </summary>
internal sealed class LayeredNames
{
    private readonly Dictionary<string, ulong> _layers = new(StringComparer.Ordinal);

    private LayeredNames()
    {
    }

    /// <summary>
    /// The mask of the layers whose code <paramref name="name"/> can refer to (0 for none): the name can be a forbidden
    /// use only if this mask meets the user's forbidden layers. Looked up once per name.
    /// </summary>
    public ulong LayersOf(string name) => _layers.TryGetValue(name, out var layers) ? layers : 0;

    /// <summary>
    /// The bit of a layer in a mask; layers past the 63rd share the last bit, which keeps the filter sound (it only
    /// lets more names through) for architectures of any size.
    /// </summary>
    public static ulong Bit(int layer) => 1UL << Math.Min(layer, 63);

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
        var layer = resolver.LayerOf(type);
        if (layer != LayerRules.None)
        {
            var bit = Bit(layer);
            Add(type.Name, bit);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length), bit);
            }

            foreach (var member in type.MemberNames)
            {
                Add(member, bit);
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
                // An alias can stand for a type of any layer.
                Add(alias.Name.Identifier.ValueText, ulong.MaxValue);
            }
        }
    }

    private void Add(string name, ulong layers) => _layers[name] = _layers.TryGetValue(name, out var known) ? known | layers : layers;
}
