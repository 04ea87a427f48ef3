using System;
using System.Globalization;

namespace EmilySovereign.Build.Doctor;

/// <summary>
/// An SDK version split the way global.json's rollForward reads it: major.minor.(feature band)(patch), then the
/// prerelease label, which orders before its release as in SemVer (10.0.100-rc.1 does not satisfy a pin of 10.0.100).
/// </summary>
/// <param name="Band">The feature band: 401 → 4.</param>
/// <param name="Patch">The patch inside the band: 401 → 1.</param>
internal sealed record SdkVersion(int Major, int Minor, int Band, int Patch, string Text) : IComparable<SdkVersion>
{
    public static SdkVersion? TryParse(string text)
    {
        var core = text.Trim();
        var dash = core.IndexOf('-');
        var parts = (dash >= 0 ? core.Substring(0, dash) : core).Split('.');
        if (parts.Length != 3 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ||
            !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var third))
        {
            return null;
        }

        return new SdkVersion(major, minor, third / 100, third % 100, core);
    }

    /// <summary>Whether an installed SDK satisfies a pin under a rollForward policy (the dotnet muxer's rules).</summary>
    public static bool Satisfies(SdkVersion installed, SdkVersion pinned, string rollForward)
    {
        var sameBand = installed.Major == pinned.Major && installed.Minor == pinned.Minor && installed.Band == pinned.Band;
        switch (rollForward.ToLowerInvariant())
        {
            case "disable":
                return installed.CompareTo(pinned) == 0;
            case "patch":
            case "latestpatch":
                return sameBand && installed.CompareTo(pinned) >= 0;
            case "feature":
            case "latestfeature":
                return installed.Major == pinned.Major && installed.Minor == pinned.Minor && installed.CompareTo(pinned) >= 0;
            case "minor":
            case "latestminor":
                return installed.Major == pinned.Major && installed.CompareTo(pinned) >= 0;
            default:
                return installed.CompareTo(pinned) >= 0;
        }
    }

    public int CompareTo(SdkVersion? other)
    {
        if (other is null)
            return 1;
        var c = Major.CompareTo(other.Major);
        c = c != 0 ? c : Minor.CompareTo(other.Minor);
        c = c != 0 ? c : Band.CompareTo(other.Band);
        c = c != 0 ? c : Patch.CompareTo(other.Patch);
        return c != 0 ? c : ComparePrerelease(Prerelease, other.Prerelease);
    }

    /// <summary>The label after the first '-', empty for a release.</summary>
    private string Prerelease => Text.IndexOf('-') is var dash and >= 0 ? Text.Substring(dash + 1) : string.Empty;

    // SemVer 2.0 precedence: a release after any prerelease; dot-separated identifiers compared in turn, numbers by
    // value and before words, words ordinally; a longer label after its own prefix.
    private static int ComparePrerelease(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
            return right.Length.CompareTo(left.Length);
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            var aIsNumber = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var aNumber);
            var bIsNumber = long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var bNumber);
            var c = aIsNumber && bIsNumber ? aNumber.CompareTo(bNumber)
                : aIsNumber != bIsNumber ? (aIsNumber ? -1 : 1)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
                return c;
        }

        return a.Length.CompareTo(b.Length);
    }

    public override string ToString() => Text;
}
