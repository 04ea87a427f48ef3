using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// Answers "is this member in the blocking catalog, and why" for one compilation, by documentation-comment ID:
/// the exact overload, every overload (ID without parameters), the whole type (<c>T:</c>), or a member it overrides.
/// </summary>
internal sealed class BlockingMatcher
{
    private readonly BlockingCatalog _catalog;
    private readonly ConcurrentDictionary<ISymbol, string?> _cache = new(SymbolEqualityComparer.Default);
    private readonly System.Func<ISymbol, string?> _compute;

    public BlockingMatcher(BlockingCatalog catalog)
    {
        _catalog = catalog;
        _compute = Compute;
    }

    /// <summary>The reason <paramref name="member"/> blocks, or null when it is not in the catalog.</summary>
    public string? ReasonFor(ISymbol member) => _cache.GetOrAdd(member.OriginalDefinition, _compute);

    /// <summary><c>M:T.M``1(System.Int32)</c> → <c>M:T.M</c>: the ID that names every overload.</summary>
    private static string OverloadsId(string id)
    {
        var parameters = id.IndexOf('(');
        var arity = id.IndexOf("``", System.StringComparison.Ordinal);
        var end = parameters < 0 ? arity : arity < 0 ? parameters : System.Math.Min(parameters, arity);
        return end < 0 ? id : id.Substring(0, end);
    }

    private string? Compute(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: { } extension })
            return ReasonFor(extension);
        var id = member.GetDocumentationCommentId();
        if (id is null)
            return null;
        if (_catalog.TryGetReason(id, out var reason))
            return reason;
        var overloads = OverloadsId(id);
        if (overloads.Length < id.Length && _catalog.TryGetReason(overloads, out reason))
            return reason;
        if (member.ContainingType?.GetDocumentationCommentId() is { } typeId && _catalog.TryGetReason(typeId, out reason))
            return reason;
        return member switch
        {
            IMethodSymbol { OverriddenMethod: { } overridden } => ReasonFor(overridden),
            IPropertySymbol { OverriddenProperty: { } overridden } => ReasonFor(overridden),
            _ => null,
        };
    }
}
