using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Flags;

/// <summary>One <c>[assembly: FeatureFlag]</c> with the locations its diagnostics point at.</summary>
/// <param name="Name">The name, or null when it is not a constant string.</param>
/// <param name="NameLocation">The name argument, or the attribute when it has none.</param>
internal sealed record FlagDeclaration(string? Name, Location NameLocation, string? Expires, Location? ExpiresLocation, int? RolloutPercent, Location? PercentLocation)
{
    /// <summary>The compilation's declarations in source order (file, then position), as the generator orders them.</summary>
    public static ImmutableArray<FlagDeclaration> ReadAll(Compilation compilation, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var declarations = new List<(string Path, int Position, FlagDeclaration Declaration)>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) ||
                attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            declarations.Add((syntax.SyntaxTree.FilePath, syntax.SpanStart, Read(attribute, syntax)));
        }

        return declarations
            .OrderBy(d => d.Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Position)
            .Select(d => d.Declaration)
            .ToImmutableArray();
    }

    private static FlagDeclaration Read(AttributeData attribute, AttributeSyntax syntax)
    {
        var arguments = syntax.ArgumentList?.Arguments ?? default;
        var values = FeatureFlagArguments.Read(attribute);
        var nameSyntax = arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null) ?? arguments.FirstOrDefault(a => a.NameColon is not null);
        var nameLocation = (nameSyntax?.Expression ?? (SyntaxNode)syntax).GetLocation();

        return new FlagDeclaration(values.Name, nameLocation, values.Expires, LocationOf(arguments, "Expires"), values.RolloutPercent, LocationOf(arguments, "RolloutPercent"));
    }

    private static Location? LocationOf(SeparatedSyntaxList<AttributeArgumentSyntax> arguments, string property) =>
        arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == property)?.Expression.GetLocation();
}
