using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>The short names the latency messages use: <c>Normalize</c> for code of the chain, <c>File.ReadAllText</c> at its end.</summary>
internal static class MemberNames
{
    public static string Short(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor =>
            "new " + constructor.ContainingType.Name,
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => "lambda",
        IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
        _ => symbol.Name,
    };

    public static string Qualified(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => Short(symbol),
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => Short(symbol),
        _ when symbol.ContainingType is { } type => type.Name + "." + Short(symbol),
        _ => Short(symbol),
    };
}

/// <summary>A path through the call graph, from a caller down to what it reaches (shared tails, immutable).</summary>
internal sealed class Chain
{
    private Chain(string name, Chain? next)
    {
        Name = name;
        Next = next;
        Length = 1 + (next?.Length ?? 0);
    }

    public string Name { get; }

    public int Length { get; }

    public Chain? Next { get; }

    public static Chain Of(string name) => new(name, null);

    public Chain Prepend(string name) => new(name, this);

    public override string ToString()
    {
        var builder = new System.Text.StringBuilder(Name);
        for (var link = Next; link is not null; link = link.Next)
            builder.Append(" → ").Append(link.Name);
        return builder.ToString();
    }
}
