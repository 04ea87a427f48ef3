using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Adrs;

/// <summary><c>-t:AdrIndex</c>: writes the index (README.md) of the ADR folder, creating the folder when it is missing.</summary>
public sealed class AdrIndexTask : Task
{
    [Required]
    public string AdrDirectory { get; set; } = string.Empty;

    /// <summary>The index file's name inside the folder.</summary>
    public string IndexFileName { get; set; } = "README.md";

    /// <summary>True when the index was written, false when it already had this content.</summary>
    [Output]
    public bool Changed { get; set; }

    [Output]
    public string IndexFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            var documents = AdrFolder.Load(AdrDirectory);
            if (!AdrTaskLog.ReportProblems(Log, documents))
                return false;

            Directory.CreateDirectory(AdrDirectory);
            IndexFile = Path.Combine(AdrDirectory, IndexFileName);
            Changed = AdrFolder.WriteIfChanged(IndexFile, AdrIndexWriter.Render(documents));
            Log.LogMessage(MessageImportance.High, Changed
                ? $"AdrIndex: wrote {IndexFile} ({documents.Count} ADRs)"
                : $"AdrIndex: {IndexFile} is up to date ({documents.Count} ADRs)");
            return !Log.HasLoggedErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            AdrTaskLog.Report(Log, AdrBuildRules.FolderUnusable, $"AdrIndex cannot use the ADR folder '{AdrDirectory}': {e.Message}");
            return false;
        }
    }
}
