using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The code that makes a use: the innermost type around the syntax, or, outside every type (<c>using</c> directives,
/// assembly attributes), the namespace the syntax sits in, whose layer is the assembly's <c>[Layer]</c> or its pattern.
/// </summary>
internal readonly struct LayerUser
{
    private readonly INamedTypeSymbol? _type;
    private readonly string? _namespace;

    private LayerUser(int layer, INamedTypeSymbol? type, string? ns)
    {
        Layer = layer;
        _type = type;
        _namespace = ns;
    }

    public int Layer { get; }

    public static LayerUser Find(SyntaxNodeAnalysisContext context, LayerResolver resolver)
    {
        for (var symbol = context.ContainingSymbol; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamedTypeSymbol type)
            {
                return new LayerUser(resolver.LayerOf(type), type, null);
            }

            if (symbol is INamespaceSymbol or IAssemblySymbol or IModuleSymbol)
            {
                break;
            }
        }

        var assemblyLayer = resolver.LayerOfAssembly(context.Compilation.Assembly);
        var ns = EnclosingNamespace(context.Node);
        if (assemblyLayer != LayerRules.None)
        {
            return new LayerUser(assemblyLayer, null, ns);
        }

        return new LayerUser(resolver.Rules.LayerOfNamespace(ns), null, ns);
    }

    public string DisplayName() => _type is not null
        ? _type.ToDisplayString()
        : _namespace is { Length: > 0 } ? "namespace " + _namespace : "the global namespace";

    // A using directive at the top of a file belongs to the file's (first) namespace declaration.
    private static string EnclosingNamespace(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax declaration)
            {
                return FullName(declaration);
            }

            if (current is CompilationUnitSyntax unit)
            {
                foreach (var member in unit.Members)
                {
                    if (member is BaseNamespaceDeclarationSyntax first)
                    {
                        return FullName(first);
                    }
                }
            }
        }

        return string.Empty;
    }

    private static string FullName(BaseNamespaceDeclarationSyntax declaration)
    {
        var name = declaration.Name.ToString();
        for (var outer = declaration.Parent as BaseNamespaceDeclarationSyntax; outer is not null; outer = outer.Parent as BaseNamespaceDeclarationSyntax)
        {
            name = outer.Name + "." + name;
        }

        return name;
    }
}
