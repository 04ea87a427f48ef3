using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EmilySovereign.Adrs;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Adrs;

/// <summary>
/// <c>-t:AdrNew -p:AdrTitle="..."</c>: creates the next numbered ADR from a template; with <c>-p:AdrSupersedes=3</c>
/// it also marks ADR 3 superseded by the new one, touching only ADR 3's status line.
/// </summary>
public sealed class AdrNewTask : Task
{
    [Required]
    public string AdrDirectory { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The number of the ADR the new one supersedes, or empty.</summary>
    public string Supersedes { get; set; } = string.Empty;

    public string Status { get; set; } = "Accepted";

    /// <summary>The date to write (<c>yyyy-MM-dd</c>); today (UTC) when empty.</summary>
    public string Date { get; set; } = string.Empty;

    /// <summary>A template file; the built-in one-line form when empty (see <see cref="AdrTemplate"/>).</summary>
    public string TemplateFile { get; set; } = string.Empty;

    [Output]
    public string CreatedFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var title = Title.Trim();
        if (title.Length == 0)
        {
            AdrTaskLog.Report(Log, AdrBuildRules.MissingTitle, "AdrNew needs a title: dotnet msbuild -t:AdrNew -p:AdrTitle=\"Use HDC fallback\"");
            return false;
        }

        if (AdrText.StatusOf(Status, out var rest) is not { } status || rest.Trim().Length > 0)
        {
            AdrTaskLog.Report(Log, AdrBuildRules.InvalidNewStatus,
                $"AdrStatus '{Status}' is not one of Proposed, Accepted, Deprecated, Superseded, Rejected");
            return false;
        }

        try
        {
            return Create(title, AdrText.NameOf(status));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            AdrTaskLog.Report(Log, AdrBuildRules.FolderUnusable, $"AdrNew cannot use the ADR folder '{AdrDirectory}': {e.Message}");
            return false;
        }
    }

    private bool Create(string title, string status)
    {
        var documents = AdrFolder.Load(AdrDirectory);
        AdrDocument? superseded = null;
        if (Supersedes.Trim().Length > 0)
        {
            superseded = int.TryParse(Supersedes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var old)
                ? documents.FirstOrDefault(d => d.Number == old)
                : null;
            if (superseded is null)
            {
                AdrTaskLog.Report(Log, AdrBuildRules.UnknownSupersededAdr,
                    $"AdrSupersedes={Supersedes} names no ADR in {AdrDirectory} (ADRs there: {(documents.Count == 0 ? "none" : string.Join(", ", documents.Select(d => d.Number)))})");
                return false;
            }
        }

        var number = AdrFolder.NextNumber(documents);
        var fileName = AdrFileName.For(number, title);
        var date = Date.Trim().Length > 0 ? Date.Trim() : DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var template = TemplateFile.Trim().Length > 0 ? File.ReadAllText(TemplateFile) : AdrTemplate.Default;
        var text = AdrTemplate.Render(template, number, title, status, date, superseded?.Number, superseded is null ? null : Path.GetFileName(superseded.Path));

        string? editedOld = null;
        var oldHadBom = false;
        if (superseded is not null)
        {
            var oldText = ReadWithoutBom(superseded.Path, out oldHadBom);
            editedOld = AdrStatusEditor.MarkSuperseded(oldText, AdrParser.Parse(superseded.Path, oldText), number, title, fileName);
            if (editedOld is null)
            {
                AdrTaskLog.Report(Log, AdrBuildRules.NoStatusToSupersede,
                    $"ADR {superseded.Number} has no status line to mark superseded: add 'Status: Accepted' to it first", superseded.Path, 1, 1);
                return false;
            }
        }

        Directory.CreateDirectory(AdrDirectory);
        CreatedFile = Path.Combine(AdrDirectory, fileName);
        using (var stream = new FileStream(CreatedFile, FileMode.CreateNew, FileAccess.Write))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        Log.LogMessage(MessageImportance.High, $"AdrNew: created {CreatedFile}");
        if (superseded is not null && editedOld is not null)
        {
            AdrFolder.WriteIfChanged(superseded.Path, editedOld, oldHadBom);
            Log.LogMessage(MessageImportance.High, $"AdrNew: marked ADR {superseded.Number} ({Path.GetFileName(superseded.Path)}) superseded by ADR {number}");
        }

        return true;
    }

    private static string ReadWithoutBom(string path, out bool hadBom)
    {
        var bytes = File.ReadAllBytes(path);
        hadBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        return Encoding.UTF8.GetString(bytes, hadBom ? 3 : 0, bytes.Length - (hadBom ? 3 : 0));
    }
}
