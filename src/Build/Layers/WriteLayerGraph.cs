using System.Collections.Generic;
using System.IO;
using EmilySovereign.Architecture;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Layers;

/// <summary>
/// Writes <c>layers.mmd</c> from <c>architecture.json</c> and the compiler's SARIF log (ADR 032). A missing or malformed
/// input is a message, not a failure: ES1002 already reports a malformed file.
/// </summary>
public sealed class WriteLayerGraph : Task
{
    [Required]
    public string ArchitectureFile { get; set; } = string.Empty;

    /// <summary>The compiler's error log, as given to the Csc task (a <c>,version=...</c> suffix is ignored).</summary>
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string OutputFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        if (!File.Exists(ArchitectureFile))
        {
            Log.LogMessage(MessageImportance.Normal, "EmilySovereign: no architecture file, no layer graph.");
            return true;
        }

        var architecture = ArchitectureParser.Parse(File.ReadAllText(ArchitectureFile));
        if (architecture.IsMalformed)
        {
            Log.LogMessage(MessageImportance.High, "EmilySovereign: {0} cannot be read (ES1002), no layer graph.", ArchitectureFile);
            return true;
        }

        var logPath = ErrorLog.Split(',')[0];
        var used = File.Exists(logPath)
            ? LayerGraph.ReadUsedEdges(File.ReadAllText(logPath))
            : new Dictionary<(string User, string Used), int>();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        File.WriteAllText(OutputFile, LayerGraph.ToMermaid(architecture.Layers, used));
        Log.LogMessage(MessageImportance.High, "EmilySovereign: layer graph -> {0}", OutputFile);
        return true;
    }
}
