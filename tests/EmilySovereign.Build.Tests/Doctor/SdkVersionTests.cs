using System;
using EmilySovereign.Build.Doctor;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>
/// SDK versions as global.json's rollForward reads them: parsing into major, minor, feature band and patch, the
/// order between versions, and which installed SDK each policy accepts for a pin.
/// </summary>
public sealed class SdkVersionTests
{
    [Theory]
    [InlineData("10.0.401", 10, 0, 4, 1, "10.0.401")]
    [InlineData("8.0.199", 8, 0, 1, 99, "8.0.199")]
    [InlineData("9.1.1000", 9, 1, 10, 0, "9.1.1000")]
    [InlineData("10.0.100-preview.7.25380.108", 10, 0, 1, 0, "10.0.100-preview.7.25380.108")]
    [InlineData("  10.0.102 \t", 10, 0, 1, 2, "10.0.102")]
    public void A_version_splits_its_third_part_into_feature_band_and_patch(string text, int major, int minor, int band, int patch, string kept) =>
        Assert.Equal(new SdkVersion(major, minor, band, patch, kept), SdkVersion.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("10.0")]
    [InlineData("10.0.100.1")]
    [InlineData("x.0.100")]
    [InlineData("10.x.100")]
    [InlineData("10.0.x")]
    [InlineData("+10.0.100")]
    [InlineData("10.-1.100")]
    [InlineData("10. 0.100")]
    [InlineData("-10.0.100")]
    [InlineData("10.0.-100")]
    public void Anything_but_three_unsigned_numbers_before_the_prerelease_is_not_a_version(string text) =>
        Assert.Null(SdkVersion.TryParse(text));

    [Theory]
    [InlineData("10.0.100", "10.0.100", 0)]
    [InlineData("10.0.100-rc.1", "10.0.100-rc.1", 0)]
    [InlineData("10.0.100", "10.0.100-rc.1", 1)]
    [InlineData("10.0.101-preview.1", "10.0.100", 1)]
    [InlineData("10.0.100-rc.2", "10.0.100-rc.1", 1)]
    [InlineData("10.0.100-rc.10", "10.0.100-rc.9", 1)]
    [InlineData("10.0.100-rc.1", "10.0.100-preview.7", 1)]
    [InlineData("10.0.100-rc.1.25451.107", "10.0.100-rc.1", 1)]
    [InlineData("10.0.100-rc.a", "10.0.100-rc.1", 1)]
    [InlineData("11.0.100", "10.9.999", 1)]
    [InlineData("10.1.100", "10.0.999", 1)]
    [InlineData("10.0.200", "10.0.199", 1)]
    [InlineData("10.0.101", "10.0.100", 1)]
    [InlineData("9.9.999", "10.0.100", -1)]
    [InlineData("10.0.999", "10.1.100", -1)]
    [InlineData("10.0.199", "10.0.200", -1)]
    [InlineData("10.0.100", "10.0.101", -1)]
    public void Versions_order_by_major_then_minor_then_band_then_patch_then_prerelease_which_comes_before_its_release(string left, string right, int sign)
    {
        var a = SdkVersion.TryParse(left)!;
        var b = SdkVersion.TryParse(right)!;

        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(-sign, Math.Sign(b.CompareTo(a)));
    }

    [Fact]
    public void Every_version_comes_after_none() => Assert.Equal(1, SdkVersion.TryParse("0.0.0")!.CompareTo(null));

    [Fact]
    public void A_version_prints_as_it_was_written() => Assert.Equal("10.0.100-rc.2", SdkVersion.TryParse(" 10.0.100-rc.2 ")!.ToString());

    [Theory]
    [InlineData("10.0.100", "10.0.100", "disable", true)]
    [InlineData("10.0.100-rc.1", "10.0.100", "disable", false)]
    [InlineData("10.0.100-rc.1", "10.0.100", "latestPatch", false)]
    [InlineData("10.0.101-rc.1", "10.0.100", "latestPatch", true)]
    [InlineData("10.0.100", "10.0.100-rc.1", "latestPatch", true)]
    [InlineData("10.0.100-rc.1", "10.0.100", "latestFeature", false)]
    [InlineData("10.0.101", "10.0.100", "disable", false)]
    [InlineData("10.0.100", "10.0.101", "disable", false)]
    [InlineData("10.0.100", "10.0.100", "Disable", true)]
    [InlineData("10.0.105", "10.0.100", "patch", true)]
    [InlineData("10.0.100", "10.0.100", "patch", true)]
    [InlineData("10.0.100", "10.0.101", "latestPatch", false)]
    [InlineData("10.0.401", "10.0.100", "latestPatch", false)]
    [InlineData("10.0.205", "10.0.100", "patch", false)]
    [InlineData("10.1.105", "10.0.100", "patch", false)]
    [InlineData("11.0.105", "10.0.100", "LATESTPATCH", false)]
    [InlineData("10.0.199", "10.0.105", "LatestPatch", true)]
    [InlineData("10.0.401", "10.0.100", "latestFeature", true)]
    [InlineData("10.0.101", "10.0.101", "feature", true)]
    [InlineData("10.0.100", "10.0.101", "feature", false)]
    [InlineData("10.0.199", "10.0.200", "latestFeature", false)]
    [InlineData("10.1.100", "10.0.100", "latestFeature", false)]
    [InlineData("11.0.100", "10.0.100", "feature", false)]
    [InlineData("10.1.100", "10.0.100", "minor", true)]
    [InlineData("10.0.100", "10.0.100", "latestMinor", true)]
    [InlineData("10.0.99", "10.0.100", "minor", false)]
    [InlineData("11.0.100", "10.0.100", "latestMinor", false)]
    [InlineData("11.0.100", "10.0.100", "latestMajor", true)]
    [InlineData("10.0.100", "10.0.100", "major", true)]
    [InlineData("9.0.300", "10.0.100", "latestMajor", false)]
    [InlineData("10.0.100", "10.0.101", "someday", false)]
    [InlineData("12.3.456", "10.0.101", "someday", true)]
    public void Roll_forward_follows_the_dotnet_muxer_rules(string installed, string pinned, string policy, bool satisfies) =>
        Assert.Equal(satisfies, SdkVersion.Satisfies(SdkVersion.TryParse(installed)!, SdkVersion.TryParse(pinned)!, policy));
}
