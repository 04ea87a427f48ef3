using EmilySovereign.Analyzers.Flags;

namespace EmilySovereign.Analyzers.Tests.Flags;

/// <summary>ES3001's "did you mean": the nearest declared flag name by edit distance, or none.</summary>
public sealed class ES3001FlagNameSuggestionTests
{
    [Theory]
    [InlineData("gflownet_v3", "gflownet_v2")]
    [InlineData("GFLOWNET_V2", "gflownet_v2")]
    [InlineData("gflownetv2", "gflownet_v2")]
    [InlineData("hdc", null)]
    [InlineData("typo", null)]
    public void Suggests_the_nearest_declared_name_or_nothing(string name, string? expected) =>
        Assert.Equal(expected, FlagNameSuggestion.For(name, new[] { "gflownet_v2", "hdc_fallback" }));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_is_the_edit_distance(string a, string b, int expected) =>
        Assert.Equal(expected, FlagNameSuggestion.Distance(a, b, 10));

    [Fact]
    public void A_third_of_a_long_name_may_differ_and_a_tie_keeps_the_first_declared()
    {
        // 12 characters: up to 4 edits (a third), not the floor of 2.
        Assert.Equal("abcdefghijkl", FlagNameSuggestion.For("abcdefghWXYZ", new[] { "abcdefghijkl" }));
        Assert.Null(FlagNameSuggestion.For("abcdefgVWXYZ", new[] { "abcdefghijkl" }));
        Assert.Equal("flag_a", FlagNameSuggestion.For("flag_c", new[] { "flag_a", "flag_b" }));
    }

    [Theory]
    [InlineData("abc", "abcde", 2, 2)]
    [InlineData("abcd", "wxyz", 4, 4)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    [InlineData("a", "abcd", 2, 3)]
    public void Distance_is_exact_up_to_the_limit_and_one_more_beyond_it(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, FlagNameSuggestion.Distance(a, b, limit));
}
