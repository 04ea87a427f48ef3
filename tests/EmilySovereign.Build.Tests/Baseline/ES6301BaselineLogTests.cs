using System.Linq;
using EmilySovereign.Baseline;
using EmilySovereign.Build.Baseline;

namespace EmilySovereign.Build.Tests.Baseline;

/// <summary>The entries -t:Baseline writes: read from the ES6301 results of the compiler's SARIF log, counted per key.</summary>
public sealed class ES6301BaselineLogTests
{
    [Fact]
    public void Kept_results_are_counted_per_key()
    {
        var entries = BaselineLog.ReadEntries(BaselineSarif.Log(
            BaselineSarif.Result("ES6301", "ES1001", "A.User", "B.Used"),
            BaselineSarif.Result("ES6301", "ES1001", "A.User", "B.Used"),
            BaselineSarif.Result("ES6301", "ES2001", "A.User.Gate", "A.User.Slow")));

        Assert.Equal(
            new[] { ("ES1001", "A.User", "B.Used", 2), ("ES2001", "A.User.Gate", "A.User.Slow", 1) },
            BaselineFormat.Sorted(entries).Select(e => (e.Rule, e.User, e.Used, e.Count)));
    }

    [Fact]
    public void Other_results_and_results_without_keys_are_ignored()
    {
        var entries = BaselineLog.ReadEntries(BaselineSarif.Log(
            BaselineSarif.Result("ES1001", "ES1001", "A.User", "B.Used"),
            "{ \"ruleId\": \"ES6301\", \"message\": { \"text\": \"no properties\" } }"));

        Assert.Empty(entries);
    }

    [Fact]
    public void Sarif_1_0_properties_are_read_too()
    {
        var sarif = """
            { "version": "1.0.0", "runs": [ { "results": [ { "ruleId": "ES6301", "message": "kept",
              "properties": { "EmilySovereignBaselineRule": "ES1001", "EmilySovereignBaselineUser": "U", "EmilySovereignBaselineUsed": "V" } } ] } ] }
            """;

        Assert.Equal(("ES1001", "U", "V", 1), BaselineLog.ReadEntries(sarif).Select(e => (e.Rule, e.User, e.Used, e.Count)).Single());
    }

    [Fact]
    public void A_log_that_is_not_json_gives_no_entries() =>
        Assert.Empty(BaselineLog.ReadEntries("not json"));
}
