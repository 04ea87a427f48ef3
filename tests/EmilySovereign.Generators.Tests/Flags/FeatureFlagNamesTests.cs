using EmilySovereign.Flags;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>The shared flag-name rules: accessors, environment variables, and every reason a name is refused.</summary>
public sealed class FeatureFlagNamesTests
{
    [Theory]
    [InlineData("gflownet_v2", "GflownetV2")]
    [InlineData("a-b.c_d", "ABCD")]
    [InlineData("az_AZ_09", "AzAZ09")]
    [InlineData("2fa", "_2fa")]
    [InlineData("_9lives", "_9lives")]
    [InlineData("x`y{z@w[v", null)]
    public void Accessor_is_the_pascal_case_name(string name, string? accessor) =>
        Assert.Equal(accessor, FeatureFlagNames.AccessorFor(name));

    [Theory]
    [InlineData("feature_flags")]
    [InlineData("all")]
    [InlineData("is_enabled")]
    [InlineData("equals")]
    [InlineData("get_hash_code")]
    [InlineData("get_type")]
    [InlineData("to_string")]
    [InlineData("reference_equals")]
    [InlineData("memberwise_clone")]
    [InlineData("finalize")]
    public void A_name_whose_accessor_is_a_member_of_the_class_is_refused(string name)
    {
        Assert.Null(FeatureFlagNames.AccessorFor(name));
        Assert.EndsWith("would clash with a member of FeatureFlags", FeatureFlagNames.Problem(name));
    }

    [Theory]
    [InlineData(null, "the name is empty")]
    [InlineData("", "the name is empty")]
    [InlineData("_-.", "the name has no letter or digit")]
    [InlineData("a b", "' ' is not an ASCII letter, digit, '_', '-' or '.'")]
    [InlineData("a~", "'~' is not an ASCII letter, digit, '_', '-' or '.'")]
    [InlineData("a/", "'/' is not an ASCII letter, digit, '_', '-' or '.'")]
    [InlineData("a:", "':' is not an ASCII letter, digit, '_', '-' or '.'")]
    [InlineData("Z9", null)]
    public void Problem_says_why_a_name_is_refused(string? name, string? problem) =>
        Assert.Equal(problem, FeatureFlagNames.Problem(name));

    // Facts, not theory rows: these characters do not survive as a theory's arguments or display names.
    [Fact]
    public void Characters_outside_printable_ascii_are_named_by_code()
    {
        Assert.Equal("'\\u001F' is not an ASCII letter, digit, '_', '-' or '.'", FeatureFlagNames.Problem("a\u001F"));
        Assert.Equal("'\\u007F' is not an ASCII letter, digit, '_', '-' or '.'", FeatureFlagNames.Problem("a\u007F"));
        Assert.Equal("'\\u00E9' is not an ASCII letter, digit, '_', '-' or '.'", FeatureFlagNames.Problem("caf\u00E9"));
    }

    [Theory]
    [InlineData("gflownet_v2", "EMILY_FLAG_GFLOWNET_V2")]
    [InlineData("new-ui.beta", "EMILY_FLAG_NEW_UI_BETA")]
    public void Environment_variable_is_the_upper_case_name(string name, string variable) =>
        Assert.Equal(variable, FeatureFlagNames.EnvironmentVariableFor(name));
}
