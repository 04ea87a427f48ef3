using Microsoft.CodeAnalysis;

namespace EmilySovereign.Roslyn;

/// <summary>
/// Finds the runtime's attributes at compilation start. Not <c>Compilation.GetTypeByMetadataName</c>: that reads the
/// type tables of every reference, which alone cost a tenth of a second per analyzer on a large project (ADR 0042).
/// </summary>
// Linked as source into the analyzers and the generators (Build does not reference Roslyn).
internal static class RuntimeTypes
{
    public const string AssemblyName = "EmilySovereign.Runtime";

    /// <summary>The type from this compilation, else from the referenced runtime assembly, else null.</summary>
    public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
            return own;
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol { Name: AssemblyName } runtime
                && runtime.GetTypeByMetadataName(metadataName) is { } referenced)
            {
                return referenced;
            }
        }

        return null;
    }
}
