using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The assemblies that can hold a <c>[Layer]</c>, on themselves or on their types: the compilation's own, those that
/// define a copy of the attribute, and those that reference one of these by name. A custom attribute names its type
/// through its assembly or one of that assembly's references, so no other assembly's attributes are read: decoding
/// the attributes of every referenced assembly, as a lookup of each assembly's layer did, was a cost of its own that
/// nothing else in a build pays (issue 26). Every copy of the attribute counts, as the resolver matches it by name.
/// </summary>
internal sealed class LayerAttributeAssemblies
{
    private readonly Compilation _compilation;
    private readonly Lazy<HashSet<string>> _defining;

    public LayerAttributeAssemblies(Compilation compilation)
    {
        _compilation = compilation;
        // Looked up at the first question, not at compilation start: the lookup makes the compiler index every file.
        _defining = new Lazy<HashSet<string>>(() => Defining(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool MayHoldLayers(IAssemblySymbol assembly) =>
        SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
        || _defining.Value.Contains(assembly.Name) || References(assembly, _defining.Value);

    private static HashSet<string> Defining(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var copy in compilation.GetTypesByMetadataName("EmilySovereign.LayerAttribute"))
        {
            names.Add(copy.ContainingAssembly.Name);
        }

        return names;
    }

    private static bool References(IAssemblySymbol assembly, HashSet<string> names)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (names.Contains(reference.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
