using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>ES6008: a staged <c>.json</c> file that does not parse, with the line and column of the first error.</summary>
internal sealed class JsonCheck : IStagedFileCheck
{
    public BuildRule Rule => BuildRules.InvalidJson;

    public void Check(FileScan scan)
    {
        if (scan.File.Extension != ".json" || !scan.File.IsText)
            return;
        var error = JsonValidator.Validate(scan.File.Content);
        if (error is { } e)
            scan.Report(Rule, e.Offset, "invalid JSON: " + e.Message);
    }
}
