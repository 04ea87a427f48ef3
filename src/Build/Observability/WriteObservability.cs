using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Observability;

/// <summary>
/// Writes the alert rules, the Grafana dashboard and the runbooks from the metrics catalog that the generator reported
/// into the compiler's SARIF log (ES4004, ADR 060). An output left empty is not written.
/// </summary>
public sealed class WriteObservability : Task
{
    /// <summary>The compiler's error log of a build with <c>EmilySovereignObservability=true</c> (a <c>,version=</c> suffix is ignored).</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary>The name of the rule group and the dashboard's title.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    public string RulesFile { get; set; } = string.Empty;

    public string DashboardFile { get; set; } = string.Empty;

    public string RunbookDirectory { get; set; } = string.Empty;

    /// <summary>Prefix of each alert's <c>runbook_url</c>; the runbook's file name is appended.</summary>
    public string RunbookBaseUrl { get; set; } = string.Empty;

    public override bool Execute()
    {
        var logPath = ErrorLog.Split(',')[0];
        if (!File.Exists(logPath))
        {
            Log.LogError("EmilySovereign: the compiler wrote no error log at {0}; the observability files need one.", logPath);
            return false;
        }

        var metrics = CatalogReader.Read(File.ReadAllText(logPath));
        if (metrics.Count == 0)
            Log.LogWarning("EmilySovereign: the project declares no [Counter], [Histogram] or [Gauge]: the observability files are empty.");

        if (RulesFile.Length > 0)
            Report(RulesFile, ObservabilityFiles.WriteIfChanged(RulesFile, AlertRulesWriter.Write(Name, metrics, RunbookBaseUrl)));
        if (DashboardFile.Length > 0)
            Report(DashboardFile, ObservabilityFiles.WriteIfChanged(DashboardFile, DashboardWriter.Write(Name + " metrics", metrics)));
        if (RunbookDirectory.Length > 0)
        {
            foreach (var (fileName, text) in RunbookWriter.Write(metrics))
            {
                var path = Path.Combine(RunbookDirectory, fileName);
                Report(path, ObservabilityFiles.WriteIfChanged(path, text));
            }
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(string path, bool written) =>
        Log.LogMessage(MessageImportance.High, "EmilySovereign: {0} {1}", path, written ? "written" : "unchanged");
}
