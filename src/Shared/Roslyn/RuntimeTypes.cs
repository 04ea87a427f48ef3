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

    /// <summary>
    /// The type from the referenced runtime assembly, else from this compilation (the runtime itself, or a project that
    /// declares the attributes in source), else null. References first: looking into this compilation's own types
    /// makes the compiler index the declarations of every file, which a consumer's lookup never needs.
    /// </summary>
    public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol { Name: AssemblyName } runtime)
                return runtime.GetTypeByMetadataName(metadataName) ?? compilation.Assembly.GetTypeByMetadataName(metadataName);
        }

        return compilation.Assembly.GetTypeByMetadataName(metadataName);
    }
}
