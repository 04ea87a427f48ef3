using System;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// Decides whether the text at an anchor hit is a secret, and where the secret value starts and how long it is.
/// </summary>
internal delegate bool SecretMatcher(ReadOnlySpan<byte> content, int anchorAt, int anchorLength, out int start, out int length);

/// <summary>
/// One row of the secrets table, in the spirit of a gitleaks rule: literal anchors found with vectorized search,
/// then a hand-written matcher instead of a regex (no regex construction or interpretation at hook start-up).
/// </summary>
internal sealed class SecretRule
{
    public SecretRule(string description, string[] anchors, SecretMatcher matcher)
    {
        Description = description;
        Anchors = Array.ConvertAll(anchors, Ascii.Bytes);
        Matcher = matcher;
    }

    public string Description { get; }

    public byte[][] Anchors { get; }

    public SecretMatcher Matcher { get; }
}
