using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// The attributes of a tree that may be one of a few attributes, found by searching the text for their names before
/// anything is bound: a codebase has many attributes and few of ours, and binding each attribute to learn its name
/// cost seconds on a 10 000-type project (ADR 0043). Every attribute of a file when a name can hide behind a using
/// alias of that file, and of every file when a global using alias names one. The caller still binds what it finds.
/// </summary>
internal sealed class AttributeSites
{
    /// <summary>What every use of an attribute writes: <c>[Adr]</c>, <c>[AdrAttribute]</c>, <c>[EmilySovereign.Adr]</c>.</summary>
    private readonly string[] _words;
    private readonly Compilation _compilation;
    private readonly Lazy<bool> _globalAlias;

    /// <param name="words">The attributes' names without the <c>Attribute</c> suffix.</param>
    public AttributeSites(Compilation compilation, params string[] words)
    {
        _words = words;
        _compilation = compilation;
        _globalAlias = new Lazy<bool>(() => HasGlobalAlias(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<AttributeSyntax> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (_globalAlias.Value)
            return AllAttributes(root);

        using var text = PooledCopy.Of(tree.GetText(cancellationToken));
        return Find(root, text.Span);
    }

    /// <summary>
    /// Whether any file of the compilation writes one of the words. Without them no attribute of these names is applied
    /// anywhere (an alias that names one writes it too), so a caller can register nothing for the compilation.
    /// </summary>
    public bool AnyInCompilation(CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            using var text = PooledCopy.Of(tree.GetText(cancellationToken));
            if (Names(text.Span))
                return true;
        }

        return false;
    }

    private IReadOnlyList<AttributeSyntax> Find(SyntaxNode root, ReadOnlySpan<char> text)
    {
        List<AttributeSyntax>? found = null;
        // Each search starts from the node of the last token found, widened until it holds the next place: the places
        // of a word come in order, mostly in the same type, so the search skips the file's other types (at 20 000
        // [LatencyBudget] methods, searching from the root each time was most of this method's time).
        var scope = root;
        foreach (var word in _words)
        {
            for (var at = text.IndexOf(word.AsSpan()); at >= 0; at = Next(text, word, at))
            {
                while (!scope.FullSpan.Contains(at) && scope.Parent is { } wider)
                    scope = wider;
                var token = scope.FindToken(at);
                scope = token.Parent ?? root;
                if (token.Parent?.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { Alias: not null })
                    return AllAttributes(root);
                if (AttributeNamedBy(token, word) is { } attribute && (found is null || !found.Contains(attribute)))
                    (found ??= new List<AttributeSyntax>()).Add(attribute);
            }
        }

        return found ?? (IReadOnlyList<AttributeSyntax>)Array.Empty<AttributeSyntax>();
    }

    /// <summary>The next place of <paramref name="word"/> after the one at <paramref name="at"/>, or -1.</summary>
    private static int Next(ReadOnlySpan<char> text, string word, int at)
    {
        var from = at + word.Length;
        var next = text.Slice(from).IndexOf(word.AsSpan());
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The attribute whose name ends with <paramref name="token"/> when that is the word or the word and <c>Attribute</c>.</summary>
    private static AttributeSyntax? AttributeNamedBy(SyntaxToken token, string word)
    {
        const string Suffix = "Attribute";
        var text = token.ValueText;
        var named = text == word
            || text.Length == word.Length + Suffix.Length && text.StartsWith(word, StringComparison.Ordinal) && text.EndsWith(Suffix, StringComparison.Ordinal);
        if (!named || token.Parent is not IdentifierNameSyntax identifier)
            return null;

        SyntaxNode name = identifier;
        while (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name || name.Parent is AliasQualifiedNameSyntax alias && alias.Name == name)
            name = name.Parent;
        return name.Parent is AttributeSyntax attribute && attribute.Name == name ? attribute : null;
    }

    private static IReadOnlyList<AttributeSyntax> AllAttributes(SyntaxNode root) =>
        root.DescendantNodes().OfType<AttributeSyntax>().ToList();

    private bool HasGlobalAlias(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
                continue;
            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.RawKind != 0 && directive.Alias is not null && Names(directive.ToString().AsSpan()))
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> writes one of the words.</summary>
    private bool Names(ReadOnlySpan<char> text)
    {
        foreach (var word in _words)
        {
            if (text.IndexOf(word.AsSpan()) >= 0)
                return true;
        }

        return false;
    }

    /// <summary>A file's text searched in a pooled copy, not as a new string: a file without our words allocates nothing.</summary>
    private readonly struct PooledCopy : IDisposable
    {
        private readonly char[] _buffer;
        private readonly int _length;

        private PooledCopy(char[] buffer, int length)
        {
            _buffer = buffer;
            _length = length;
        }

        public ReadOnlySpan<char> Span => new(_buffer, 0, _length);

        public static PooledCopy Of(SourceText text)
        {
            var buffer = ArrayPool<char>.Shared.Rent(text.Length);
            text.CopyTo(0, buffer, 0, text.Length);
            return new PooledCopy(buffer, text.Length);
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_buffer);
    }
}
