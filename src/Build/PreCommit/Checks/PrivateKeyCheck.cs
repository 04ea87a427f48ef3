using System;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Checks.Secrets;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6002: PEM, OpenSSH, PGP and PuTTY private keys. A <c>BEGIN ... PRIVATE KEY</c> header only counts when key
/// material follows it (a base64 run, also after a literal <c>\n</c> as in JSON), so code that merely names the
/// header, like a PEM parser's constant, does not fire.
/// </summary>
internal sealed class PrivateKeyCheck : IStagedFileCheck
{
    private const int MaterialWindow = 400;
    private const int MinimumMaterialRun = 40;
    private static readonly byte[] PrivateKey = Ascii.Bytes("PRIVATE KEY");
    private static readonly byte[] Begin = Ascii.Bytes("BEGIN ");
    private static readonly byte[] PuttyHeader = Ascii.Bytes("PuTTY-User-Key-File-");

    private readonly SecretAllowList _allowList;

    public PrivateKeyCheck(SecretAllowList allowList) => _allowList = allowList;

    public BuildRule Rule => BuildRules.PrivateKey;

    public void Check(FileScan scan)
    {
        if (_allowList.AllowsPath(scan.File.Path))
            return;
        var content = scan.File.Content.AsSpan();
        for (var from = 0; from < content.Length;)
        {
            var hit = content.Slice(from).IndexOf(PrivateKey);
            if (hit < 0)
                break;
            var at = from + hit;
            from = at + PrivateKey.Length;
            var lineStart = LineMap.LineStart(content, at);
            var begin = content.Slice(lineStart, at - lineStart).LastIndexOf(Begin);
            if (begin < 0 || !HasKeyMaterialAfter(content, from))
                continue;
            Report(scan, content, lineStart + begin, "private key block");
        }

        for (var from = 0; from < content.Length;)
        {
            var hit = content.Slice(from).IndexOf(PuttyHeader);
            if (hit < 0)
                break;
            var at = from + hit;
            from = at + PuttyHeader.Length;
            if (Ascii.IsLineStart(content, at))
                Report(scan, content, at, "PuTTY private key file");
        }
    }

    private void Report(FileScan scan, ReadOnlySpan<byte> content, int at, string what)
    {
        if (AllowPragma.Allows(content, at))
            return;
        scan.Report(Rule, at, what + ": never commit private keys; remove it, rotate the key, and load it from a secret store");
    }

    private static bool HasKeyMaterialAfter(ReadOnlySpan<byte> content, int offset)
    {
        var window = content.Slice(offset, Math.Min(MaterialWindow, content.Length - offset));
        var run = 0;
        for (var i = 0; i < window.Length; i++)
        {
            var b = window[i];
            if (Ascii.IsBase64(b) || b == (byte)'=')
            {
                // A literal "\n" inside a string literal: the 'n' is not key material, the line break it stands for.
                if (b == (byte)'n' && i > 0 && window[i - 1] == (byte)'\\')
                {
                    run = 0;
                    continue;
                }

                if (++run >= MinimumMaterialRun)
                    return true;
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }
}
