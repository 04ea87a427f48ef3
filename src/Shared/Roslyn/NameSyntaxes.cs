using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Roslyn;

/// <summary>What a name shows before it is bound.</summary>
internal static class NameSyntaxes
{
    /// <summary>
    /// The identifier a name ends with: <c>Layer</c> for <c>Layer</c>, <c>EmilySovereign.Layer</c> and
    /// <c>global::EmilySovereign.Layer</c>; empty for any other name.
    /// </summary>
    public static string LastIdentifier(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
