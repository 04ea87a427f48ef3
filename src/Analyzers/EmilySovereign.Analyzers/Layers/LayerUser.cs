using System;
using System.Threading;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The code that makes a use: the innermost type around the syntax, or, outside every type (<c>using</c> directives,
/// assembly attributes), the namespace the syntax sits in, whose layer is the assembly's <c>[Layer]</c> or its pattern.
/// </summary>
internal readonly struct LayerUser
{
    private readonly INamedTypeSymbol? _type;
    private readonly string? _namespace;

    private LayerUser(int layer, INamedTypeSymbol? type, string? ns, LayerResolver resolver)
    {
        Layer = layer;
        _type = type;
        _namespace = ns;
        MemberLayersInScope = SimpleNameScope.MemberLayers(type, resolver);
    }

    public int Layer { get; }

    /// <summary>The layers whose members a simple name in the user's code reaches without a receiver (<see cref="SimpleNameScope"/>).</summary>
    public ulong MemberLayersInScope { get; }

    /// <summary>
    /// The innermost type declaration around <paramref name="node"/> (a delegate counts; top-level statements stand for
    /// their synthesized type), or null outside every type: the key under which a caller may cache the user.
    /// </summary>
    public static SyntaxNode? DeclarationAround(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or GlobalStatementSyntax)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The user of the code at <paramref name="node"/>, whose <see cref="DeclarationAround"/> is <paramref name="declaration"/>.</summary>
    public static LayerUser Find(SyntaxNode node, SyntaxNode? declaration, SemanticModel model, LayerResolver resolver, CancellationToken cancellationToken)
    {
        var type = declaration is GlobalStatementSyntax
            ? model.GetEnclosingSymbol(node.SpanStart, cancellationToken)?.ContainingType
            : declaration is null ? null : model.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol;
        if (type is not null)
        {
            return new LayerUser(resolver.LayerOf(type), type, null, resolver);
        }

        var assemblyLayer = resolver.LayerOfAssembly(model.Compilation.Assembly);
        var ns = EnclosingNamespace(node);
        if (assemblyLayer != LayerRules.None)
        {
            return new LayerUser(assemblyLayer, null, ns, resolver);
        }

        return new LayerUser(resolver.Rules.LayerOfNamespace(ns), null, ns, resolver);
    }

    public string DisplayName(Func<ISymbol, string> typeName) => _type is not null
        ? typeName(_type)
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
