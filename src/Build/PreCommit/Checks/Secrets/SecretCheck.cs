using System;
using System.Collections.Generic;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// ES6003: tokens and keys of the <see cref="SecretRules"/> table and generic high-entropy assignments. Every anchor
/// is found with a vectorized search first, so clean files cost a few passes at memory speed.
/// </summary>
internal sealed class SecretCheck : IStagedFileCheck
{
    private readonly SecretAllowList _allowList;

    public SecretCheck(SecretAllowList allowList) => _allowList = allowList;

    public BuildRule Rule => BuildRules.Secret;

    public void Check(FileScan scan)
    {
        var file = scan.File;
        if (_allowList.AllowsPath(file.Path))
            return;
        var content = file.Content.AsSpan();
        HashSet<int>? reported = null;
        foreach (var rule in SecretRules.All)
        {
            foreach (var anchor in rule.Anchors)
            {
                for (var from = 0; content.Slice(from).IndexOf(anchor) is var hit and >= 0;)
                {
                    var at = from + hit;
                    from = at + anchor.Length;
                    if (rule.Matcher(content, at, anchor.Length, out var start, out var length))
                    {
                        Report(scan, content, start, length, rule.Description, ref reported);
                        from = Math.Max(from, start + length);
                    }
                }
            }
        }

        if (file.IsBinary)
            return;
        var bareValues = GenericSecretRule.AllowsBareValues(file.Path, file.Extension);
        for (var from = 0; content.Slice(from).IndexOfAny((byte)'=', (byte)':') is var hit and >= 0;)
        {
            var op = from + hit;
            from = op + 1;
            if (GenericSecretRule.Match(content, op, bareValues, out var start, out var length))
            {
                Report(scan, content, start, length, GenericSecretRule.Description, ref reported);
                from = Math.Max(from, start + length);
            }
        }
    }

    private void Report(FileScan scan, ReadOnlySpan<byte> content, int start, int length, string what, ref HashSet<int>? reported)
    {
        // Two rules can see the same value (a connection-string key is also a bare storage key): report it once.
        if (!(reported ??= new HashSet<int>()).Add(start))
            return;
        var secret = content.Slice(start, length);
        var fingerprint = SecretAllowList.Fingerprint(secret);
        if (_allowList.AllowsFingerprint(fingerprint) || AllowPragma.Allows(content, start))
            return;
        var shown = Ascii.ToText(secret.Slice(0, Math.Min(4, secret.Length)));
        scan.Report(
            Rule,
            start,
            $"possible {what} ('{shown}...', sha256:{fingerprint}): remove it and rotate it; if it is not a secret, " +
            "add 'pragma: allowlist secret' to the line or the fingerprint to the secrets allow-list");
    }
}
