using System.IO;
using EmilySovereign.Baseline;
using EmilySovereign.Build.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Baseline;

/// <summary>
/// Before every compilation: prints the baseline's size, so that a green build with a growing baseline shows, and
/// reports ES6304 when the project requires a baseline that is missing (an error in CI mode).
/// </summary>
public sealed class ReportBaselineTask : Task
{
    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    public bool Required { get; set; }

    public bool Strict { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(BaselineFile))
        {
            if (!Required)
                return true;
            var message = "The project requires a baseline (EmilySovereignBaselineRequired) but " + BaselineFile + " does not exist: run 'dotnet msbuild -t:Baseline' and check it in";
            if (Strict)
                Log.LogError(null, BuildRules.BaselineMissing.Id, BuildRules.BaselineMissing.HelpLink, BaselineFile, 0, 0, 0, 0, message);
            else
                Log.LogWarning(null, BuildRules.BaselineMissing.Id, BuildRules.BaselineMissing.HelpLink, BaselineFile, 0, 0, 0, 0, message);
            return !Log.HasLoggedErrors;
        }

        // A malformed file is ES6303, reported by the analyzers at its line; here it only counts what can be read.
        var (entries, problems) = BaselineFormat.Parse(File.ReadAllText(BaselineFile));
        Log.LogMessage(MessageImportance.High, "EmilySovereign baseline: {0} ({1}){2}",
            BaselineSize.Describe(entries), BaselineFile, problems.Count > 0 ? ", unreadable: see ES6303" : string.Empty);
        return true;
    }
}
