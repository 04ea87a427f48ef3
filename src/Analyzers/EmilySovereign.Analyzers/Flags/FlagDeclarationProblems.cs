using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EmilySovereign.Flags;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Flags;

/// <summary>ES3002–ES3006 for the declarations of one compilation, computed once when the compilation starts.</summary>
internal static class FlagDeclarationProblems
{
    public static ImmutableArray<Diagnostic> Find(ImmutableArray<FlagDeclaration> declarations, DateTime today)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var declaration in declarations)
        {
            if (FeatureFlagNames.Problem(declaration.Name) is { } problem)
                diagnostics.Add(Diagnostic.Create(Descriptors.InvalidFlagName, declaration.NameLocation, Quote(declaration.Name), problem));
            CheckExpiry(declaration, today, diagnostics);
            if (declaration.RolloutPercent is { } percent and (< -1 or > 100) && declaration.PercentLocation is { } percentLocation)
                diagnostics.Add(Diagnostic.Create(Descriptors.RolloutPercentOutOfRange, percentLocation, percent, declaration.Name));
        }

        var named = declarations.Where(d => d.Name is not null).ToList();
        foreach (var group in named.GroupBy(d => d.Name!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            for (var i = 0; i < all.Count; i++)
            {
                var other = all[i == 0 ? 1 : 0];
                diagnostics.Add(Diagnostic.Create(
                    Descriptors.DuplicateFlag, all[i].NameLocation, new[] { other.NameLocation }, group.Key, $"is declared more than once (also at {Where(other.NameLocation)})"));
            }
        }

        var firsts = named.GroupBy(d => d.Name!, StringComparer.Ordinal).Select(g => g.First());
        foreach (var group in firsts.Where(d => FeatureFlagNames.AccessorFor(d.Name) is not null)
                     .GroupBy(d => FeatureFlagNames.AccessorFor(d.Name)!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            for (var i = 0; i < all.Count; i++)
            {
                var other = all[i == 0 ? 1 : 0];
                diagnostics.Add(Diagnostic.Create(
                    Descriptors.DuplicateFlag, all[i].NameLocation, new[] { other.NameLocation }, all[i].Name,
                    $"has the same property name '{group.Key}' as '{other.Name}' ({Where(other.NameLocation)})"));
            }
        }

        return diagnostics.ToImmutable();
    }

    private static void CheckExpiry(FlagDeclaration declaration, DateTime today, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (declaration.Expires is not { } expires || declaration.ExpiresLocation is not { } location)
            return;
        if (!FeatureFlagNames.TryParseDate(expires, out var date))
            diagnostics.Add(Diagnostic.Create(Descriptors.MalformedFlagExpiry, location, expires, declaration.Name));
        else if (today > date)
            diagnostics.Add(Diagnostic.Create(Descriptors.ExpiredFlag, location, declaration.Name, expires, Format(today)));
    }

    internal static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Where(Location location)
    {
        var span = location.GetLineSpan();
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>The name in quotes with control characters escaped, so a message stays on one line.</summary>
    private static string Quote(string? name)
    {
        if (name is null)
            return "null";
        var builder = new StringBuilder("\"");
        foreach (var c in name)
        {
            if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029')
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
