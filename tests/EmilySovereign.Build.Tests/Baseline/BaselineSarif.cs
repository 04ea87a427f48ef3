namespace EmilySovereign.Build.Tests.Baseline;

/// <summary>A compiler's SARIF log with ES6301 results, as a build recorded with EmilySovereignBaselineRecord writes it.</summary>
internal static class BaselineSarif
{
    public static string Result(string ruleId, string rule, string user, string used) => $$"""
        { "ruleId": "{{ruleId}}", "level": "note", "message": { "text": "kept" },
          "properties": { "customProperties": {
            "EmilySovereignBaselineRule": "{{rule}}", "EmilySovereignBaselineUser": "{{user}}", "EmilySovereignBaselineUsed": "{{used}}" } } }
        """;

    public static string Log(params string[] results) =>
        "{ \"version\": \"2.1.0\", \"runs\": [ { \"tool\": { \"driver\": { \"rules\": [ { \"id\": \"ES6301\", \"properties\": { \"category\": \"Baseline\" } } ] } }, \"results\": [ "
        + string.Join(", ", results) + " ] } ] }";
}
