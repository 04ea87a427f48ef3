using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EmilySovereign.Flags;

/// <summary>
/// What a flag name becomes (accessor, environment variable) and what makes a declaration wrong; shared by the
/// generator, which must emit code that compiles whatever the input, and the analyzer, which reports the problems.
/// </summary>
internal static class FeatureFlagNames
{
    public const string ClassName = "FeatureFlags";

    /// <summary>Members of the generated class (and of <c>object</c>) that an accessor may not hide or clash with.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        ClassName, "All", "IsEnabled", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Why <paramref name="name"/> can become neither an environment variable nor an accessor, or null when it can:
    /// it must hold ASCII letters, digits, '_', '-' and '.' only, at least one letter or digit, and not become a
    /// member name the generated class already has.
    /// </summary>
    public static string? Problem(string? name)
    {
        if (name is null || name.Length == 0)
            return "the name is empty";

        var hasLetterOrDigit = false;
        foreach (var c in name)
        {
            if (IsAsciiLetterOrDigit(c))
                hasLetterOrDigit = true;
            else if (c is not ('_' or '-' or '.'))
                return $"'{Printable(c)}' is not an ASCII letter, digit, '_', '-' or '.'";
        }

        if (!hasLetterOrDigit)
            return "the name has no letter or digit";

        var accessor = PascalCase(name);
        return Reserved.Contains(accessor) ? $"its accessor '{accessor}' would clash with a member of {ClassName}" : null;
    }

    /// <summary>The accessor of a valid name (<c>gflownet_v2</c> → <c>GflownetV2</c>, <c>2fa</c> → <c>_2fa</c>), else null.</summary>
    public static string? AccessorFor(string? name) => Problem(name) is null ? PascalCase(name!) : null;

    /// <summary><c>gflownet_v2</c> → <c>EMILY_FLAG_GFLOWNET_V2</c>, as the runtime reads it.</summary>
    public static string EnvironmentVariableFor(string name) =>
        "EMILY_FLAG_" + name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');

    /// <summary>Reads <c>yyyy-MM-dd</c>, a real calendar date, and nothing else.</summary>
    public static bool TryParseDate(string? text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string PascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c is '_' or '-' or '.')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext && c is >= 'a' and <= 'z' ? (char)(c - 32) : c);
            upperNext = false;
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
            builder.Insert(0, '_');
        return builder.ToString();
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
}
