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
}
