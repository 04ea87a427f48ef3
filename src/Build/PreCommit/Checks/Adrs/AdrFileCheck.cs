using System.Text;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks.Adrs;

/// <summary>
/// ES6011: a staged ADR file (<c>NNNN-title.md</c> in a <c>docs/adr</c> folder) that the ADR reader cannot read,
/// caught at commit time instead of as ES5003 in the next build.
/// </summary>
internal sealed class AdrFileCheck : IStagedFileCheck
{
    private const string Folder = "docs/adr/";
    private readonly IAdrReader _reader;

    public AdrFileCheck(IAdrReader reader) => _reader = reader;

    public BuildRule Rule => BuildRules.AdrFile;

    public void Check(FileScan scan)
    {
        var path = scan.File.Path;
        var slash = path.LastIndexOf('/');
        var folder = path.Substring(0, slash + 1);
        var name = path.Substring(slash + 1);
        var inAdrFolder = folder == Folder || folder.EndsWith("/" + Folder, System.StringComparison.Ordinal);
        if (!inAdrFolder || !IsAdrFileName(name) || !scan.File.IsText)
            return;
        var problem = _reader.Read(name, Encoding.UTF8.GetString(scan.File.Content));
        if (problem is not null)
            scan.ReportAt(Rule, problem.Line, problem.Column, "ADR file cannot be read: " + problem.Message);
    }

    private static bool IsAdrFileName(string name) =>
        name.Length > 8 && char.IsDigit(name[0]) && char.IsDigit(name[1]) && char.IsDigit(name[2]) && char.IsDigit(name[3]) &&
        name[4] == '-' && name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase);
}
