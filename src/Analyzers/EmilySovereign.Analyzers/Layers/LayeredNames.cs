using System;
using System.Collections.Generic;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The simple names that can refer to code in a layer, each with the layers it can refer to: the names of layered
/// types (also without an <c>Attribute</c> suffix) and of their members, every <c>using</c> alias (any layer), and the
/// members a <c>using static</c> imports.
/// A name none of whose layers the user's layer is forbidden to use cannot be a forbidden use, so the checker skips
/// it without binding it: most names in real code (locals, parameters, framework calls, allowed layers' types) never
/// reach <c>GetSymbolInfo</c>. Built once per compilation, on first use.
/// </summary>
internal sealed class LayeredNames
{
    private readonly Dictionary<string, NameLayers> _layers = new(StringComparer.Ordinal);

    private LayeredNames()
    {
    }

    /// <summary>
    /// The layers whose code <paramref name="name"/> can refer to (none for 0): the name can be a forbidden use only if
    /// they meet the user's forbidden layers. Looked up once per name.
    /// </summary>
    public NameLayers LayersOf(string name) => _layers.TryGetValue(name, out var layers) ? layers : default;

    /// <summary>
    /// The layers a name can refer to, split by how: <see cref="Anywhere"/> as a type, an alias, or a member a
    /// <c>using static</c> imports, which a name can reach from any code; <see cref="AsMember"/> as a member of a layered
    /// type, which a simple name without a receiver reaches only from inside that type, a type around it, or one
    /// deriving from it or implementing it (<see cref="SimpleNameScope"/>).
    /// </summary>
    public readonly record struct NameLayers(ulong Anywhere, ulong AsMember)
    {
        public ulong All => Anywhere | AsMember;
    }

    /// <summary>
    /// The bit of a layer in a mask; layers past the 63rd share the last bit, which keeps the filter sound (it only
    /// lets more names through) for architectures of any size.
    /// </summary>
    public static ulong Bit(int layer) => 1UL << Math.Min(layer, 63);

    public static LayeredNames Collect(Compilation compilation, LayerResolver resolver)
    {
        var names = new LayeredNames();
        names.AddAssembly(compilation.Assembly, resolver, scanAllTypes: true);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only an assembly that can hold the attribute can put a type in a layer by [Layer]; elsewhere only namespaces
            // that a pattern could match need a look.
            names.AddAssembly(assembly, resolver, scanAllTypes: resolver.AttributeAssemblies.MayHoldLayers(assembly));
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                var usings = new FileUsings(names, compilation, tree, resolver);
                usings.Add(unit.Usings);
                foreach (var member in unit.Members)
                {
                    usings.AddNamespace(member);
                }
            }
        }

        return names;
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
            Add(type.Name, new(bit, 0));
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length), new(bit, 0));
            }

            foreach (var member in type.MemberNames)
            {
                Add(member, new(0, bit));
            }
        }

        foreach (var nested in type.GetTypeMembers())
        {
            AddType(nested, resolver);
        }
    }

    /// <summary>
    /// The <c>using</c> directives of one file: an alias can stand for a type of any layer, and <c>using static</c>
    /// brings a type's members into every scope of the file (of the project, when global) without a receiver.
    /// </summary>
    private readonly struct FileUsings(LayeredNames names, Compilation compilation, SyntaxTree tree, LayerResolver resolver)
    {
        public void AddNamespace(MemberDeclarationSyntax member)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Add(ns.Usings);
                foreach (var inner in ns.Members)
                {
                    AddNamespace(inner);
                }
            }
        }

        public void Add(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    names.Add(alias.Name.Identifier.ValueText, new(ulong.MaxValue, 0));
                }
                else if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
                {
                    AddImported(directive);
                }
            }
        }

        // Bound once per directive, rare in a project. The language imports the members the type declares, not its bases'.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        private void AddImported(UsingDirectiveSyntax directive)
        {
            if (compilation.GetSemanticModel(tree).GetSymbolInfo(directive.NamespaceOrType).Symbol is INamedTypeSymbol imported
                && resolver.LayerOf(imported) is var layer && layer != LayerRules.None)
            {
                foreach (var member in imported.MemberNames)
                {
                    names.Add(member, new(Bit(layer), 0));
                }
            }
        }
#pragma warning restore RS1030
    }

    private void Add(string name, NameLayers layers) =>
        _layers[name] = _layers.TryGetValue(name, out var known) ? new(known.Anywhere | layers.Anywhere, known.AsMember | layers.AsMember) : layers;
}
