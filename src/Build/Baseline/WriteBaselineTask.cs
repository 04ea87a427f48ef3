using System.IO;
using EmilySovereign.Baseline;
using EmilySovereign.Build.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Baseline;

/// <summary>
/// <c>dotnet msbuild -t:Baseline</c>: writes the baseline file from the SARIF log of a compilation recorded with
/// <c>EmilySovereignBaselineRecord=true</c>, sorted so that it merges line by line, and prints its size. Refused in CI
/// mode (ES6305): a baseline is a decision a person checks in, never something a CI build regenerates.
/// </summary>
public sealed class WriteBaselineTask : Task
{
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    public bool Strict { get; set; }

    public override bool Execute()
    {
        if (Strict)
        {
            Log.LogError(null, BuildRules.BaselineWriteInCi.Id, BuildRules.BaselineWriteInCi.HelpLink, BaselineFile, 0, 0, 0, 0,
                "The baseline is not written in CI mode (ContinuousIntegrationBuild or EmilySovereignBaselineStrict): run -t:Baseline locally and check the file in");
            return false;
        }

        var logPath = ErrorLog.Split(',')[0];
        if (!File.Exists(logPath))
        {
            Log.LogError("EmilySovereign: the compiler wrote no log at {0}; the baseline was not written.", logPath);
            return false;
        }

        var entries = BaselineLog.ReadEntries(File.ReadAllText(logPath));
        var before = File.Exists(BaselineFile) ? BaselineFormat.Parse(File.ReadAllText(BaselineFile)).Entries : null;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(BaselineFile))!);
        File.WriteAllText(BaselineFile, BaselineFormat.Write(entries));
        Log.LogMessage(MessageImportance.High, "EmilySovereign baseline: {0} -> {1}{2}",
            BaselineSize.Describe(entries), BaselineFile,
            before is null ? string.Empty : " (was " + BaselineSize.Describe(before) + ")");
        return true;
    }
}
