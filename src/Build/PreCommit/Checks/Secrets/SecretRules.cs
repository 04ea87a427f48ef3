using System;
using System.Collections.Generic;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// The table of token formats ES6003 knows (after gitleaks' rules for the same tokens). The generic
/// <c>password=</c>/<c>secret=</c> rule lives in <see cref="GenericSecretRule"/> because it is anchored differently.
/// </summary>
internal static class SecretRules
{
    private static readonly byte[] Example = Ascii.Bytes("EXAMPLE");
    private static readonly byte[] Anchor = Ascii.Bytes("eyJ");
    private static readonly string[] HashWords = { "sha512", "sha-512", "hash", "integrity", "checksum" };
    private static readonly string[] KeyWords = { "key", "azure", "storage", "secret", "credential" };

    public static IReadOnlyList<SecretRule> All { get; } = new[]
    {
        new SecretRule("AWS access key ID", new[] { "AKIA", "ASIA", "ABIA", "ACCA", "A3T" }, AwsAccessKeyId),
        new SecretRule("GitHub token", new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, Prefixed(36, Ascii.IsAsciiLetterOrDigit)),
        new SecretRule("GitHub fine-grained personal access token", new[] { "github_pat_" }, Prefixed(82, IsWord)),
        new SecretRule("GitLab token", new[] { "glpat-", "gldt-", "glrt-", "glptt-" }, Prefixed(20, Ascii.IsBase64Url)),
        new SecretRule("Slack token", new[] { "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-" }, SlackToken),
        new SecretRule("Slack webhook URL", new[] { "hooks.slack.com/services/", "hooks.slack.com/workflows/", "hooks.slack.com/triggers/" }, Prefixed(43, IsBase64OrSlash)),
        new SecretRule("Azure storage account key in a connection string", new[] { "AccountKey=" }, AfterAnchor(80, IsBase64OrPad)),
        new SecretRule("Azure shared access key in a connection string", new[] { "SharedAccessKey=" }, AfterAnchor(40, IsBase64OrPad)),
        new SecretRule("Azure storage account key", new[] { "==" }, StorageKey),
        new SecretRule("Google API key", new[] { "AIza" }, Prefixed(35, Ascii.IsBase64Url)),
        new SecretRule("JSON Web Token", new[] { "eyJ" }, JsonWebToken),
    };

    private static bool IsWord(byte b) => Ascii.IsAsciiLetterOrDigit(b) || b == (byte)'_';

    private static bool IsBase64OrSlash(byte b) => Ascii.IsBase64(b);

    private static bool IsBase64OrPad(byte b) => Ascii.IsBase64(b) || b == (byte)'=';

    private static bool StartsToken(ReadOnlySpan<byte> content, int at) => at == 0 || !IsWord(content[at - 1]);

    /// <summary>Anchor at a token start, then at least <paramref name="minimum"/> body characters.</summary>
    private static SecretMatcher Prefixed(int minimum, Func<byte, bool> body) =>
        (ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length) =>
        {
            start = at;
            var run = Ascii.RunLength(content, at + anchorLength, body);
            length = anchorLength + run;
            return run >= minimum && StartsToken(content, at);
        };

    /// <summary>The secret is what follows the anchor (a connection-string key, a webhook path).</summary>
    private static SecretMatcher AfterAnchor(int minimum, Func<byte, bool> body) =>
        (ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length) =>
        {
            start = at + anchorLength;
            length = Ascii.RunLength(content, start, body);
            return length >= minimum;
        };

    private static bool AwsAccessKeyId(ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length)
    {
        start = at;
        length = 20;
        var prefix = 4;
        if (anchorLength == 3 && (at + 3 >= content.Length || !Ascii.IsUpperOrDigit(content[at + 3])))
            return false;
        if (!StartsToken(content, at) || at + length > content.Length)
            return false;
        for (var i = at + prefix; i < at + length; i++)
        {
            var b = content[i];
            if (!((uint)(b - 'A') <= 'Z' - 'A' || (uint)(b - '2') <= '7' - '2'))
                return false;
        }

        // AWS's documentation keys end in EXAMPLE; they are everywhere and worthless.
        var isExample = content.Slice(at + length - 7, 7).SequenceEqual(Example);
        return !isExample && (at + length == content.Length || !Ascii.IsAsciiLetterOrDigit(content[at + length]));
    }

    private static bool SlackToken(ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length)
    {
        start = at;
        var bodyStart = at + anchorLength;
        var run = Ascii.RunLength(content, bodyStart, b => Ascii.IsAsciiLetterOrDigit(b) || b == (byte)'-');
        length = anchorLength + run;
        return run >= 20 && (uint)(content[bodyStart] - '0') <= 9 && StartsToken(content, at);
    }

    /// <summary>64 random bytes in base64: exactly 86 characters and "==", not part of a longer run.</summary>
    private static bool StorageKey(ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length)
    {
        const int body = 86;
        start = at - body;
        length = body + 2;
        if (start < 0 || !Ascii.IsBase64(content[at - 1]))
            return false;
        if ((start > 0 && (Ascii.IsBase64(content[start - 1]) || content[start - 1] == (byte)'=')) ||
            (at + 2 < content.Length && (Ascii.IsBase64(content[at + 2]) || content[at + 2] == (byte)'=')))
        {
            return false;
        }

        for (var i = start; i < at; i++)
        {
            if (!Ascii.IsBase64(content[i]))
                return false;
        }

        return Entropy.Of(content.Slice(start, body)) > 4.5 && LineNamesAKey(content, start);
    }

    /// <summary>
    /// SHA-512 hashes are 64 bytes in base64 too (NuGet lock and assets files, npm integrity): the line must speak
    /// of a key and not of a hash.
    /// </summary>
    private static bool LineNamesAKey(ReadOnlySpan<byte> content, int at)
    {
        var start = Engine.LineMap.LineStart(content, at);
        var line = content.Slice(start, Engine.LineMap.LineEnd(content, at) - start);
        foreach (var hash in HashWords)
        {
            if (Ascii.ContainsLowerCase(line, hash))
                return false;
        }

        foreach (var key in KeyWords)
        {
            if (Ascii.ContainsLowerCase(line, key))
                return true;
        }

        return false;
    }

    /// <summary>header.payload.signature, the first two base64url JSON objects ("eyJ" is <c>{"</c>).</summary>
    private static bool JsonWebToken(ReadOnlySpan<byte> content, int at, int anchorLength, out int start, out int length)
    {
        start = at;
        length = 0;
        if (!StartsToken(content, at))
            return false;
        var i = at;
        for (var part = 0; part < 3; part++)
        {
            if (part == 1 && !content.Slice(i).StartsWith(Anchor))
                return false;
            var run = Ascii.RunLength(content, i, Ascii.IsBase64Url);
            if (run < 10)
                return false;
            i += run;
            if (part < 2)
            {
                if (i >= content.Length || content[i] != (byte)'.')
                    return false;
                i++;
            }
        }

        length = i - at;
        return true;
    }
}
