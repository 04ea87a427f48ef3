using System.Collections.Generic;

namespace EmilySovereign.Build.Diagnostics;

/// <summary>Every ES6xxx diagnostic the build assembly reports, in one table (docs/rules/&lt;ID&gt;.md each).</summary>
internal static class BuildRules
{
    // ES60xx: checks of staged content (-t:PreCommit and the git hook).
    public static readonly BuildRule MergeMarker = new("ES6001", "Merge conflict marker", BuildSeverity.Error, "EmilySovereignCheckMergeMarkers");
    public static readonly BuildRule PrivateKey = new("ES6002", "Private key", BuildSeverity.Error, "EmilySovereignCheckPrivateKeys");
    public static readonly BuildRule Secret = new("ES6003", "Secret or token", BuildSeverity.Error, "EmilySovereignCheckSecrets");
    public static readonly BuildRule LargeFile = new("ES6004", "File over the size limit", BuildSeverity.Error, "EmilySovereignCheckLargeFiles");
    public static readonly BuildRule TrailingWhitespace = new("ES6005", "Trailing whitespace", BuildSeverity.Error, "EmilySovereignCheckTrailingWhitespace");
    public static readonly BuildRule FinalNewline = new("ES6006", "Missing final newline", BuildSeverity.Error, "EmilySovereignCheckFinalNewline");
    public static readonly BuildRule MixedLineEndings = new("ES6007", "Mixed line endings", BuildSeverity.Error, "EmilySovereignCheckLineEndings");
    public static readonly BuildRule InvalidJson = new("ES6008", "Invalid JSON", BuildSeverity.Error, "EmilySovereignCheckJson");
    public static readonly BuildRule InvalidXml = new("ES6009", "Invalid XML", BuildSeverity.Error, "EmilySovereignCheckXml");
    public static readonly BuildRule Format = new("ES6010", "C# file not formatted (dotnet format)", BuildSeverity.Error, "EmilySovereignCheckFormat");
    public static readonly BuildRule AdrFile = new("ES6011", "ADR file cannot be read", BuildSeverity.Error, "EmilySovereignCheckAdrFiles");
    public static readonly BuildRule StagedContentUnreadable = new("ES6090", "Staged content cannot be read", BuildSeverity.Error);

    // ES61xx: installing the git hook on build.
    public static readonly BuildRule ForeignHook = new("ES6101", "A pre-commit hook EmilySovereign did not write is in the way", BuildSeverity.Warning, "EmilySovereignInstallHooks");
    public static readonly BuildRule HookNotInstalled = new("ES6102", "The pre-commit hook could not be installed", BuildSeverity.Warning, "EmilySovereignInstallHooks");

    // ES62xx: -t:Doctor, the machine against what the repository pins.
    public static readonly BuildRule SdkMissing = new("ES6201", "The SDK global.json pins is not installed", BuildSeverity.Error);
    public static readonly BuildRule SdkDiffers = new("ES6202", "The running SDK is not the one global.json selects", BuildSeverity.Warning);
    public static readonly BuildRule ToolNotRestored = new("ES6203", "A tool of the tool manifest is not restored", BuildSeverity.Error);
    public static readonly BuildRule HookOutdated = new("ES6204", "The pre-commit hook is missing or outdated", BuildSeverity.Warning);
    public static readonly BuildRule GitMissing = new("ES6205", "git is not installed", BuildSeverity.Error);
    public static readonly BuildRule LineEndingSetup = new("ES6206", "core.autocrlf and .gitattributes disagree", BuildSeverity.Warning);
    public static readonly BuildRule PinFileUnreadable = new("ES6207", "global.json or the tool manifest cannot be read", BuildSeverity.Error);

    // ES63xx: the baseline (ES6301-ES6303 come from the analyzers, docs/baseline.md).
    public static readonly BuildRule BaselineMissing = new("ES6304", "The baseline the project requires is missing", BuildSeverity.Error, "EmilySovereignBaselineRequired");
    public static readonly BuildRule BaselineWriteInCi = new("ES6305", "The baseline is not written in CI mode", BuildSeverity.Error);

    public static IReadOnlyList<BuildRule> All { get; } = new[]
    {
        MergeMarker, PrivateKey, Secret, LargeFile, TrailingWhitespace, FinalNewline, MixedLineEndings, InvalidJson,
        InvalidXml, Format, AdrFile, StagedContentUnreadable, ForeignHook, HookNotInstalled, SdkMissing, SdkDiffers,
        ToolNotRestored, HookOutdated, GitMissing, LineEndingSetup, PinFileUnreadable, BaselineMissing, BaselineWriteInCi,
    };

    /// <summary>The staged-content checks, which the hook and -t:PreCommit can turn off one by one.</summary>
    public static IReadOnlyList<BuildRule> StagedChecks { get; } = new[]
    {
        MergeMarker, PrivateKey, Secret, LargeFile, TrailingWhitespace, FinalNewline, MixedLineEndings, InvalidJson,
        InvalidXml, Format, AdrFile,
    };
}
