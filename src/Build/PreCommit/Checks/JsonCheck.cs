using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Json;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6008: a staged <c>.json</c> file that does not parse, with the line and column of the first error. Comments and
/// trailing commas pass, because .NET's own configuration files (appsettings.json, launchSettings.json) allow them.
/// </summary>
internal sealed class JsonCheck : IStagedFileCheck
{
    public BuildRule Rule => BuildRules.InvalidJson;

    public void Check(FileScan scan)
    {
        if (scan.File.Extension != ".json" || !scan.File.IsText)
            return;
        var error = JsonReader.Validate(scan.File.Content, JsonReaderOptions.Lenient);
        if (error is not null)
            scan.Report(Rule, error.Offset, "invalid JSON: " + char.ToLowerInvariant(error.Message[0]) + error.Message.Substring(1));
    }
}
