using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>ES2008: a line of a user's LatencyBlocking.txt that is not a catalog entry, reported inside the file.</summary>
internal static class CatalogFileRules
{
    public static void Report(AdditionalFileAnalysisContext context)
    {
        if (!string.Equals(Path.GetFileName(context.AdditionalFile.Path), BlockingCatalog.UserFileName, StringComparison.OrdinalIgnoreCase)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var error in BlockingCatalog.Parse(context.AdditionalFile.Path, text).Errors)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableBlockingCatalogLine, error.ToLocation(), error.Text));
    }
}
