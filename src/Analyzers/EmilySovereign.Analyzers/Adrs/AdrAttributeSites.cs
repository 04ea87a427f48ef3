using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Adrs;

/// <summary>
/// The attributes of a tree that may be <c>[Adr]</c>, found by searching the text for the attribute's name before
/// anything is bound: a codebase has many attributes and few <c>[Adr]</c>, and binding each attribute to learn its
/// name cost seconds on a 10 000-type project (ADR 0043). Every attribute of a file when the name can hide behind a
/// using alias of that file, and of every file when a global using alias names it.
/// </summary>
internal sealed class AdrAttributeSites
{
    /// <summary>What every use of the attribute writes: <c>[Adr]</c>, <c>[AdrAttribute]</c>, <c>[EmilySovereign.Adr]</c>.</summary>
    private const string Word = "Adr";

    private readonly Lazy<bool> _globalAlias;

    public AdrAttributeSites(Compilation compilation) =>
        _globalAlias = new Lazy<bool>(() => HasGlobalAlias(compilation), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<AttributeSyntax> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (_globalAlias.Value)
            return AllAttributes(root);

        var text = tree.GetText(cancellationToken).ToString();
        List<AttributeSyntax>? found = null;
        for (var at = text.IndexOf(Word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Word, at + Word.Length, StringComparison.Ordinal))
        {
            var token = root.FindToken(at);
            if (token.Parent?.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { Alias: not null })
                return AllAttributes(root);
            if (AttributeNamedBy(token) is { } attribute && (found is null || !found.Contains(attribute)))
                (found ??= new List<AttributeSyntax>()).Add(attribute);
        }

        return found ?? (IReadOnlyList<AttributeSyntax>)Array.Empty<AttributeSyntax>();
    }

    /// <summary>The attribute whose name ends with <paramref name="token"/> when that is <c>Adr</c> or <c>AdrAttribute</c>.</summary>
    private static AttributeSyntax? AttributeNamedBy(SyntaxToken token)
    {
        if (token.ValueText is not ("Adr" or "AdrAttribute") || token.Parent is not IdentifierNameSyntax identifier)
            return null;

        SyntaxNode name = identifier;
        while (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name || name.Parent is AliasQualifiedNameSyntax alias && alias.Name == name)
            name = name.Parent;
        return name.Parent is AttributeSyntax attribute && attribute.Name == name ? attribute : null;
    }

    private static IReadOnlyList<AttributeSyntax> AllAttributes(SyntaxNode root) =>
        root.DescendantNodes().OfType<AttributeSyntax>().ToList();

    private static bool HasGlobalAlias(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
                continue;
            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.RawKind != 0 && directive.Alias is not null
                    && directive.ToString().IndexOf(Word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
