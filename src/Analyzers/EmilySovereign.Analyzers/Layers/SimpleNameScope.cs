using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// What a simple name without a receiver (<c>Value</c>, <c>Run()</c>) can refer to as a member: only a member of the
/// type around it, of a type around that one, of one of their base types or interfaces, or one a <c>using static</c>
/// imports (<see cref="LayeredNames"/> counts those anywhere). So such a name, though a forbidden layer's type has a
/// member of that name, is no forbidden use when none of those types is in a forbidden layer, and is skipped before
/// its body's operations are read: at 10 000 types most members call their own type's members (issue 26).
/// </summary>
internal static class SimpleNameScope
{
    /// <summary>
    /// Whether <paramref name="name"/> is looked up in the scope around it, rather than among the members of something
    /// else: the name after a dot, of an initialized object's member, of a pattern's property, or of an argument is not.
    /// </summary>
    public static bool IsLookedUpInScope(SimpleNameSyntax name)
    {
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
            case MemberBindingExpressionSyntax:
            case QualifiedNameSyntax:
            case AliasQualifiedNameSyntax:
            case NameColonSyntax:
            case NameEqualsSyntax:
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment when assignment.Left == name:
                return false;
        }

        // The first name of an extended property pattern ({ Inner.Value: 1 }) is a member of the pattern's input.
        SyntaxNode outermost = name;
        while (outermost.Parent is MemberAccessExpressionSyntax access && access.Expression == outermost)
        {
            outermost = access;
        }

        return outermost.Parent is not ExpressionColonSyntax;
    }

    /// <summary>
    /// The layers whose members a simple name looked up in scope can reach from inside <paramref name="type"/>: its own,
    /// its outer types', and their base types' and interfaces'; every layer outside a type, which is not worth the
    /// trouble of reading closer.
    /// </summary>
    public static ulong MemberLayers(INamedTypeSymbol? type, LayerResolver resolver)
    {
        if (type is null)
        {
            return ulong.MaxValue;
        }

        var layers = 0UL;
        for (var outer = type; outer is not null; outer = outer.ContainingType)
        {
            for (var inherited = outer; inherited is not null; inherited = inherited.BaseType)
            {
                layers |= Bit(inherited, resolver);
            }

            foreach (var implemented in outer.AllInterfaces)
            {
                layers |= Bit(implemented, resolver);
            }
        }

        return layers;
    }

    private static ulong Bit(INamedTypeSymbol type, LayerResolver resolver) =>
        resolver.LayerOf(type) is var layer && layer != LayerRules.None ? LayeredNames.Bit(layer) : 0;
}
