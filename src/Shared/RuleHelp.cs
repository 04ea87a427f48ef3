namespace EmilySovereign;

/// <summary>Where the documentation of a rule lives; linked into every assembly that reports diagnostics.</summary>
internal static class RuleHelp
{
    public const string RulesBaseUri = "https://github.com/EmilySovereign/EmilySovereign/blob/main/docs/rules/";

    public static string LinkFor(string id) => RulesBaseUri + id + ".md";
}
