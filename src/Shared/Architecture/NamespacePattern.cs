using System;
using EmilySovereign.Json;

namespace EmilySovereign.Architecture;

/// <summary>
/// A namespace pattern of the file: <c>Ns</c> matches exactly <c>Ns</c>; <c>Ns.*</c> matches <c>Ns</c> and every
/// namespace below it. A <c>*</c> anywhere else is rejected by <see cref="Validate"/>, so matching stays a prefix test.
/// </summary>
internal sealed record NamespacePattern(string Text, JsonSpan Span)
{
    /// <summary>The namespace the pattern names, without the trailing <c>.*</c>.</summary>
    public string Prefix { get; } = Text.EndsWith(".*", StringComparison.Ordinal) ? Text.Substring(0, Text.Length - 2) : Text;

    public bool IncludesChildren => Prefix.Length != Text.Length;

    /// <summary>Why <paramref name="text"/> is not a valid pattern, or null when it is.</summary>
    public static string? Validate(string text)
    {
        if (text.Length == 0)
        {
            return "A namespace pattern must not be empty";
        }

        var body = text.EndsWith(".*", StringComparison.Ordinal) ? text.Substring(0, text.Length - 2) : text;
        if (body.IndexOf('*') >= 0)
        {
            return $"Namespace pattern '{text}' may use '*' only as a final '.*'";
        }

        foreach (var part in body.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return $"Namespace pattern '{text}' is not a dotted namespace name (optionally ending in '.*')";
            }
        }

        return null;
    }

    /// <summary>Whether the namespace <paramref name="ns"/> (dotted, "" for the global namespace) matches.</summary>
    public bool Matches(string ns)
    {
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return ns.Length == Prefix.Length || (IncludesChildren && ns[Prefix.Length] == '.');
    }

    private static bool IsIdentifier(string part)
    {
        if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < part.Length; i++)
        {
            if (!(char.IsLetterOrDigit(part[i]) || part[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
