using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>Where an ES1001 is reported: the type a name uses, and the syntax of a type or member use.</summary>
internal sealed partial class LayerUseChecker
{
    /// <summary>The type a name refers to: a named type itself, or the type that declares a member or constructor.</summary>
    private static INamedTypeSymbol? UsedType(ISymbol? symbol, out bool isTypeName)
    {
        isTypeName = false;
        switch (symbol)
        {
            case IAliasSymbol alias:
                return UsedType(alias.Target, out isTypeName);
            case IArrayTypeSymbol array:
                return UsedType(array.ElementType, out isTypeName);
            case INamedTypeSymbol { TypeKind: not TypeKind.Error } type:
                isTypeName = true;
                return type;
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                isTypeName = true;
                return constructor.ContainingType;
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol:
                return symbol.ContainingType;
            default:
                return null;
        }
    }

    /// <summary>
    /// The syntax of a type use: the whole qualified name (<c>A.B.Type</c>, <c>global::A.Type</c>); none when the
    /// name only qualifies a nested type, since the nested type's name reports that use.
    /// </summary>
    private static SyntaxNode? TypeNameSite(SimpleNameSyntax node, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode site = node;
        while (true)
        {
            switch (site.Parent)
            {
                case QualifiedNameSyntax qualified when qualified.Right == site:
                case AliasQualifiedNameSyntax aliased when aliased.Name == site:
                    site = site.Parent;
                    continue;
                case MemberAccessExpressionSyntax access when access.Name == site &&
                    model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamespaceSymbol or IAliasSymbol:
                    site = access;
                    continue;
            }

            break;
        }

        var qualifiesNestedType = site.Parent switch
        {
            QualifiedNameSyntax qualified => qualified.Left == site,
            MemberAccessExpressionSyntax access => access.Expression == site,
            _ => false,
        };
        return qualifiesNestedType && model.GetSymbolInfo(site.Parent!, cancellationToken).Symbol is INamedTypeSymbol ? null : site;
    }

    /// <summary>
    /// The syntax of a member use: its name; none for <c>Type.Member</c> when <c>Type</c> is in the same layer as the
    /// member, since the type name reports that one use. An instance member bound without error has a value, not a
    /// type, before its dot, so that receiver is not bound again: most member uses are of instance members.
    /// </summary>
    private SyntaxNode? MemberNameSite(SimpleNameSyntax node, ISymbol? boundMember, int memberLayer, SemanticModel model, CancellationToken cancellationToken)
    {
        var receiver = node.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == node => access.Expression,
            QualifiedNameSyntax qualified when qualified.Right == node => qualified.Left,
            _ => null,
        };
        if (receiver is not null && boundMember is not { IsStatic: false } &&
            model.GetSymbolInfo(receiver, cancellationToken).Symbol is INamedTypeSymbol receiverType &&
            _resolver.LayerOf(receiverType) == memberLayer)
        {
            return null;
        }

        return node;
    }

    private static bool IsInsideNameof(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } name } &&
                model.GetSymbolInfo(name, cancellationToken).Symbol is null)
            {
                return true;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }
}
