using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.Adrs;

/// <summary>The ES5xxx diagnostics of -t:AdrIndex and -t:AdrNew (docs/rules/&lt;ID&gt;.md each).</summary>
internal static class AdrBuildRules
{
    // ES5003 and ES5004 are the analyzers' IDs: the targets report the same problems with the same IDs.
    public static readonly BuildRule UnreadableAdrFile = new("ES5003", "An ADR file cannot be read as an ADR", BuildSeverity.Warning);
    public static readonly BuildRule DuplicateAdrNumber = new("ES5004", "Two ADR files share a number", BuildSeverity.Error);

    public static readonly BuildRule MissingTitle = new("ES5010", "AdrNew needs a title", BuildSeverity.Error);
    public static readonly BuildRule FolderUnusable = new("ES5011", "The ADR folder or an ADR file cannot be read or written", BuildSeverity.Error);
    public static readonly BuildRule UnknownSupersededAdr = new("ES5012", "AdrSupersedes names no ADR", BuildSeverity.Error);
    public static readonly BuildRule NoStatusToSupersede = new("ES5013", "The superseded ADR has no status line to mark", BuildSeverity.Error);
    public static readonly BuildRule InvalidNewStatus = new("ES5014", "AdrStatus is not an ADR status", BuildSeverity.Error);

    public static BuildRule[] All { get; } =
    {
        UnreadableAdrFile, DuplicateAdrNumber, MissingTitle, FolderUnusable, UnknownSupersededAdr, NoStatusToSupersede, InvalidNewStatus,
    };
}
