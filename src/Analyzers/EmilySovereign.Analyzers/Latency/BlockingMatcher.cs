using System.Collections.Generic;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// Answers "is this member in the blocking catalog, and why" for one compilation, by documentation-comment ID:
/// the exact overload, every overload (ID without parameters), the whole type (<c>T:</c>), or a member it overrides.
/// IDs are only built for a member whose name, or whose type's name for <c>T:</c> entries, the catalog lists: most
/// members called are not in it, and an ID is a string built from the member's whole signature (ADR 0042).
/// </summary>
internal sealed class BlockingMatcher
{
    private readonly BlockingCatalog _catalog;
    private readonly PerThreadSymbolCache<ISymbol, string?> _cache;
    private readonly HashSet<string> _memberNames = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(System.StringComparer.Ordinal);
    private readonly bool _listsExplicitImplementations;

    public BlockingMatcher(BlockingCatalog catalog)
    {
        _catalog = catalog;
        _cache = new(Compute);
        foreach (var id in catalog.Ids)
        {
            var name = NameIn(id);
            (id[0] == 'T' ? _typeNames : _memberNames).Add(name);
            _listsExplicitImplementations |= id[0] != 'T' && name.IndexOf('.') > 0;
        }
    }

    /// <summary>The reason <paramref name="member"/> blocks, or null when it is not in the catalog.</summary>
    public string? ReasonFor(ISymbol member)
    {
        member = member.OriginalDefinition;
        // Most members called are named nowhere in the catalog: that answer costs less than a lookup in a cache of every
        // member called, which at 10 000 types waits on memory (issue 26). Only the members an ID may name are cached; a
        // reduced extension method has its definition's name and type, and an override its base member's name.
        return MayBeListed(member) || TypeListed(member.ContainingType) || Overridden(member) is not null
            ? _cache.GetOrAdd(member)
            : null;
    }

    /// <summary><c>M:T.M``1(System.Int32)</c> → <c>M:T.M</c>: the ID that names every overload.</summary>
    private static string OverloadsId(string id)
    {
        var parameters = id.IndexOf('(');
        var arity = id.IndexOf("``", System.StringComparison.Ordinal);
        var end = parameters < 0 ? arity : arity < 0 ? parameters : System.Math.Min(parameters, arity);
        return end < 0 ? id : id.Substring(0, end);
    }

    /// <summary>
    /// The simple name an ID ends with, as <see cref="ISymbol.MetadataName"/> spells it: <c>M:T.M``1(System.Int32)</c>
    /// → <c>M</c>, <c>M:T.#ctor</c> → <c>.ctor</c>, <c>M:T.N#I#M</c> → <c>N.I.M</c>, <c>T:N.List`1</c> → <c>List`1</c>.
    /// </summary>
    private static string NameIn(string id)
    {
        var end = id.Length;
        foreach (var at in new[] { id.IndexOf('(', 2), id.IndexOf("``", 2, System.StringComparison.Ordinal), id.IndexOf('~', 2) })
        {
            if (at >= 0 && at < end)
                end = at;
        }

        var start = id.LastIndexOf('.', end - 1, end - 2) + 1;
        if (start == 0)
            start = 2;
        return id.Substring(start, end - start).Replace('#', '.');
    }

    /// <summary>
    /// Whether an ID of the catalog can name <paramref name="member"/> itself. An explicit implementation of a generic
    /// interface spells its name differently in its ID (<c>I{T}</c>), so any explicit implementation may be listed
    /// when the catalog lists one.
    /// </summary>
    private bool MayBeListed(ISymbol member) =>
        _memberNames.Contains(member.MetadataName) || _memberNames.Contains(member.Name)
        || (_listsExplicitImplementations && member.Name.IndexOf('.') > 0);

    private bool TypeListed(INamedTypeSymbol? type) => type is not null && _typeNames.Contains(type.MetadataName);

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol { OverriddenMethod: { } method } => method,
        IPropertySymbol { OverriddenProperty: { } property } => property,
        _ => null,
    };

    /// <summary>Asked only for a member an ID of the catalog may name (<see cref="ReasonFor"/>): builds its IDs.</summary>
    private string? Compute(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: { } extension })
            return ReasonFor(extension);
        var named = MayBeListed(member);
        var type = member.ContainingType;
        var typeListed = TypeListed(type);
        var overridden = Overridden(member);
        var id = member.GetDocumentationCommentId();
        if (id is null)
            return null;
        string? reason;
        if (named)
        {
            if (_catalog.TryGetReason(id, out reason))
                return reason;
            var overloads = OverloadsId(id);
            if (overloads.Length < id.Length && _catalog.TryGetReason(overloads, out reason))
                return reason;
        }

        if (typeListed && type!.GetDocumentationCommentId() is { } typeId && _catalog.TryGetReason(typeId, out reason))
            return reason;
        return overridden is null ? null : ReasonFor(overridden);
    }
}
