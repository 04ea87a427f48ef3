using System;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// gitleaks' generic rule, hand-written: an assignment (<c>=</c> or <c>:</c>) to a name that contains a secret
/// keyword (password, secret, token, api key, ...) of a literal value with high entropy. Quoted values count
/// everywhere; bare values only in configuration-like files and after a <c>;</c> (connection strings), so C# such as
/// <c>token = cancellationToken</c> never fires.
/// </summary>
internal static class GenericSecretRule
{
    public const string Description = "secret assigned to a password/secret/token-like name";

    private const double MinimumEntropy = 3.5;
    // The shortest value whose entropy can reach MinimumEntropy: eleven characters carry at most log2(11) = 3.46 bits.
    private const int MinimumLength = 12;
    private const int MaximumLength = 200;
    private const int MaximumNameLength = 64;

    private static readonly string[] Keywords =
    {
        "password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key",
        "privatekey", "private_key", "credential",
    };

    private static readonly string[] ConfigExtensions =
    {
        "", ".env", ".ini", ".cfg", ".conf", ".config", ".properties", ".yaml", ".yml", ".toml", ".sh", ".bash", ".zsh",
    };

    public static bool AllowsBareValues(string path, string extension) =>
        Array.IndexOf(ConfigExtensions, extension) >= 0 || path.Substring(path.LastIndexOf('/') + 1).StartsWith(".env", StringComparison.Ordinal);

    /// <summary>Finds a secret assigned at the operator at <paramref name="op"/>.</summary>
    public static bool Match(ReadOnlySpan<byte> content, int op, bool bareValues, out int start, out int length)
    {
        start = length = 0;
        if (IsComparison(content, op))
            return false;
        ReadName(content, op, out var nameStart, out var nameEnd);
        if (!HasKeyword(content.Slice(nameStart, nameEnd - nameStart)))
            return false;
        bareValues |= nameStart > 0 && content[nameStart - 1] == (byte)';';

        var i = op + 1;
        while (i < content.Length && (content[i] == (byte)' ' || content[i] == (byte)'\t'))
            i++;
        if (i >= content.Length)
            return false;
        var quote = content[i];
        if (quote == (byte)'"' || quote == (byte)'\'' || quote == (byte)'`')
        {
            start = i + 1;
            var close = content.Slice(start).IndexOfAny(quote, (byte)'\n');
            if (close < 0 || content[start + close] != quote)
                return false;
            length = close;
        }
        else if (bareValues)
        {
            start = i;
            length = 0;
            while (start + length < content.Length && !IsBareTerminator(content[start + length]))
                length++;
        }
        else
        {
            return false;
        }

        return IsSecretLike(content.Slice(start, length));
    }

    // ==, => and :: (the operators that begin with '=' or ':'). An operator that ends in '=' (==, !=, <=, >=) is no
    // assignment either, but needs no test: its first character is no part of a name, so no name is read before it.
    private static bool IsComparison(ReadOnlySpan<byte> content, int op)
    {
        var after = op + 1 < content.Length ? content[op + 1] : (byte)0;
        return content[op] == (byte)'=' ? after == (byte)'=' || after == (byte)'>' : after == (byte)':';
    }

    /// <summary>
    /// The name left of the operator, skipping blanks and a closing quote (<c>"password": ...</c>); at most its last
    /// <see cref="MaximumNameLength"/> bytes, and empty when no name stands there (then it holds no keyword).
    /// </summary>
    private static void ReadName(ReadOnlySpan<byte> content, int op, out int nameStart, out int nameEnd)
    {
        var i = op - 1;
        while (i >= 0 && (content[i] == (byte)' ' || content[i] == (byte)'\t'))
            i--;
        if (i >= 0 && (content[i] == (byte)'"' || content[i] == (byte)'\''))
            i--;
        nameEnd = i + 1;
        while (i >= 0 && nameEnd - i <= MaximumNameLength && IsNameByte(content[i]))
            i--;
        nameStart = i + 1;
    }

    private static bool HasKeyword(ReadOnlySpan<byte> name)
    {
        Span<byte> lower = stackalloc byte[name.Length];
        for (var i = 0; i < name.Length; i++)
            lower[i] = Ascii.ToLower(name[i]);
        foreach (var keyword in Keywords)
        {
            if (Ascii.ContainsLowerCase(lower, keyword))
                return true;
        }

        return false;
    }

    private static bool IsSecretLike(ReadOnlySpan<byte> value)
    {
        if (value.Length < MinimumLength || value.Length > MaximumLength)
            return false;
        foreach (var b in value)
        {
            // Blanks make it prose; $, {, <, % make it a placeholder or a variable reference.
            if (b <= (byte)' ' || b == (byte)'$' || b == (byte)'{' || b == (byte)'<' || b == (byte)'%' || b == (byte)'(')
                return false;
        }

        return Entropy.Of(value) >= MinimumEntropy;
    }

    private static bool IsNameByte(byte b) =>
        Ascii.IsAsciiLetterOrDigit(b) || b == (byte)'_' || b == (byte)'-' || b == (byte)'.';

    private static bool IsBareTerminator(byte b) =>
        b <= (byte)' ' || b == (byte)';' || b == (byte)'"' || b == (byte)'\'' || b == (byte)',' || b == (byte)'&' || b == (byte)')';
}
