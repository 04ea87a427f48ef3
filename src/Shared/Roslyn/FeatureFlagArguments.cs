using Microsoft.CodeAnalysis;

namespace EmilySovereign.Roslyn;

/// <summary>
/// The arguments of one bound <c>[assembly: FeatureFlag]</c>, read one way for the generator (which emits them) and
/// the analyzer (which checks them). A value that is not a constant of the property's type reads as absent.
/// </summary>
/// <param name="Name">The name, or null when it is not a constant string.</param>
/// <param name="RolloutPercent">The named argument when given as an int, else null.</param>
internal readonly record struct FeatureFlagArguments(
    string? Name, bool Default, string? Description, string? Owner, string? Expires, int? RolloutPercent)
{
    public static FeatureFlagArguments Read(AttributeData attribute)
    {
        var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        string? description = null, owner = null, expires = null;
        var @default = false;
        int? rolloutPercent = null;
        foreach (var argument in attribute.NamedArguments)
        {
            var constant = argument.Value.Kind == TypedConstantKind.Array ? null : argument.Value.Value;
            switch (argument.Key)
            {
                case "Default": @default = constant is true; break;
                case "Description": description = constant as string; break;
                case "Owner": owner = constant as string; break;
                case "Expires": expires = constant as string; break;
                case "RolloutPercent": rolloutPercent = constant is int percent ? percent : null; break;
            }
        }

        return new FeatureFlagArguments(name, @default, description, owner, expires, rolloutPercent);
    }
}
