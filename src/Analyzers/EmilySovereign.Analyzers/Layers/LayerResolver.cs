using System.Collections.Immutable;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The layer of a type, per the contract: its own <c>[Layer]</c>, else its containing type's layer, else its
/// assembly's <c>[Layer]</c>, else the first matching namespace pattern, else none. Works the same for source and
/// metadata types; every answer is cached per symbol for the compilation (one map per thread), so each type is resolved
/// once per thread.
/// </summary>
internal sealed class LayerResolver
{
    private readonly LayerRules _rules;
    private readonly PerThreadSymbolCache<INamedTypeSymbol, int> _typeLayers;
    private readonly PerThreadSymbolCache<IAssemblySymbol, int> _assemblyLayers;
    private readonly PerThreadSymbolCache<INamespaceSymbol, int> _namespaceLayers;

    public LayerResolver(LayerRules rules, Compilation compilation)
    {
        _rules = rules;
        AttributeAssemblies = new LayerAttributeAssemblies(compilation);
        _typeLayers = new(ComputeTypeLayer);
        _assemblyLayers = new(assembly => AttributeAssemblies.MayHoldLayers(assembly) ? LayerFromAttributes(assembly.GetAttributes()) : LayerRules.None);
        _namespaceLayers = new(ns => _rules.LayerOfNamespace(NamespaceName(ns)));
    }

    public LayerRules Rules => _rules;

    /// <summary>The assemblies whose attributes are read for a <c>[Layer]</c>.</summary>
    public LayerAttributeAssemblies AttributeAssemblies { get; }

    public int LayerOf(INamedTypeSymbol type) => _typeLayers.GetOrAdd(type.OriginalDefinition);

    public int LayerOfAssembly(IAssemblySymbol? assembly) =>
        assembly is null ? LayerRules.None : _assemblyLayers.GetOrAdd(assembly);

    public int LayerOfNamespace(INamespaceSymbol? ns) =>
        ns is null ? LayerRules.None : _namespaceLayers.GetOrAdd(ns);

    /// <summary>The name in a <c>[Layer("...")]</c> among <paramref name="attributes"/>, or null.</summary>
    public static AttributeData? FindLayerAttribute(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (IsLayerAttribute(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    public static string? LayerName(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    // Matched by name rather than symbol identity, so a referenced assembly built against another copy of the
    // runtime assembly still counts.
    private static bool IsLayerAttribute(INamedTypeSymbol? type) =>
        type is { Name: "LayerAttribute", ContainingType: null, ContainingNamespace: { Name: "EmilySovereign" } ns } &&
        ns.ContainingNamespace is { IsGlobalNamespace: true };

    private static string NamespaceName(INamespaceSymbol ns) => ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();

    private int ComputeTypeLayer(INamedTypeSymbol type)
    {
        var own = LayerFromAttributes(type.GetAttributes());
        if (own != LayerRules.None)
        {
            return own;
        }

        if (type.ContainingType is { } containing)
        {
            return LayerOf(containing);
        }

        var assembly = LayerOfAssembly(type.ContainingAssembly);
        return assembly != LayerRules.None ? assembly : LayerOfNamespace(type.ContainingNamespace);
    }

    // An undeclared name (ES1003) counts as no [Layer] at all, so the rest of the resolution still applies.
    private int LayerFromAttributes(ImmutableArray<AttributeData> attributes)
    {
        var attribute = FindLayerAttribute(attributes);
        var name = attribute is null ? null : LayerName(attribute);
        return name is null ? LayerRules.None : _rules.IndexOf(name);
    }
}
