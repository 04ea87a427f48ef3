using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// The secrets allow-list file (default <c>.secrets-allowlist</c>, read from the index): one entry a line,
/// <c>sha256:&lt;hex prefix, 16+ digits&gt;</c> allows one secret value wherever it is (the hook prints the
/// fingerprint, so the value itself never lands in the file), <c>path:&lt;glob&gt;</c> turns ES6002/ES6003 off for
/// matching files; <c>#</c> starts a comment.
/// </summary>
internal sealed class SecretAllowList
{
    public const int FingerprintLength = 16;

    // Well-known public values that look like secrets: the Azurite/storage emulator account key.
    private static readonly string[] BuiltInFingerprints = { "0011cc25eb432071" };

    private readonly HashSet<string> _fingerprints = new(BuiltInFingerprints, StringComparer.Ordinal);
    private readonly List<PathGlob> _paths = new();

    public static SecretAllowList Empty { get; } = new();

    /// <summary>Lines that are neither a fingerprint nor a path, reported so typos do not silently allow nothing.</summary>
    public IReadOnlyList<(int Line, string Message)> Problems { get; private set; } = Array.Empty<(int, string)>();

    public static SecretAllowList Parse(string text)
    {
        var list = new SecretAllowList();
        var problems = new List<(int, string)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            line = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
            if (line.Length == 0)
                continue;
            if (line.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) && line.Length >= 7 + FingerprintLength)
                list._fingerprints.Add(line.Substring(7, FingerprintLength).ToLowerInvariant());
            else if (line.StartsWith("path:", StringComparison.OrdinalIgnoreCase))
                list._paths.Add(new PathGlob(line.Substring(5).Trim()));
            else
                problems.Add((i + 1, "the line is neither 'sha256:<16+ hex digits>' nor 'path:<glob>'"));
        }

        list.Problems = problems;
        return list;
    }

    public bool AllowsPath(string path)
    {
        foreach (var glob in _paths)
        {
            if (glob.IsMatch(path))
                return true;
        }

        return false;
    }

    public bool AllowsFingerprint(string fingerprint) => _fingerprints.Contains(fingerprint);

    /// <summary>The first 16 hex digits of the SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> secret)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(secret.ToArray());
        var builder = new StringBuilder(FingerprintLength);
        for (var i = 0; i < FingerprintLength / 2; i++)
            builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
