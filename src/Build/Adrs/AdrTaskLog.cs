using EmilySovereign.Adrs;
using EmilySovereign.Build.Diagnostics;
using Microsoft.Build.Utilities;

namespace EmilySovereign.Build.Adrs;

/// <summary>Logs ES5xxx diagnostics as <c>file(line,col): error ES50xx: message</c> lines.</summary>
internal static class AdrTaskLog
{
    public static void Report(TaskLoggingHelper log, BuildRule rule, string message, string file = "", int line = 0, int column = 0)
    {
        if (rule.Severity == BuildSeverity.Error)
            log.LogError(null, rule.Id, rule.HelpLink, file, line, column, 0, 0, message);
        else
            log.LogWarning(null, rule.Id, rule.HelpLink, file, line, column, 0, 0, message);
    }

    /// <summary>ES5003 for each problem of each document, ES5004 for each pair that shares a number; true when no error.</summary>
    public static bool ReportProblems(TaskLoggingHelper log, System.Collections.Generic.IReadOnlyList<AdrDocument> documents)
    {
        var ok = true;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            foreach (var problem in document.Problems)
            {
                Report(log, AdrBuildRules.UnreadableAdrFile,
                    $"{AdrFileName.FileNameOf(document.Path)} cannot be read as an ADR: {problem.Message}", document.Path, problem.Line, problem.Column);
            }

            for (var j = i + 1; j < documents.Count && documents[j].Number == document.Number; j++)
            {
                ok = false;
                Report(log, AdrBuildRules.DuplicateAdrNumber,
                    $"ADR number {document.Number} is used by both {AdrFileName.FileNameOf(document.Path)} and {AdrFileName.FileNameOf(documents[j].Path)}",
                    documents[j].Path, 1, 1);
            }
        }

        return ok;
    }
}
