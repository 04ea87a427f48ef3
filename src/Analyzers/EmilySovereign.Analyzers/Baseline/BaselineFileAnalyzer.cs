using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Baseline;

/// <summary>
/// ES6303: a baseline file with a line that cannot be read, reported at that line. The layer and latency analyzers then
/// keep nothing (a half-read baseline would hide which breaches are kept).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineFileAnalyzer : CompilationStartAnalyzer
{
    public BaselineFileAnalyzer()
        : base(GeneratedCodeAnalysisFlags.None, Descriptors.BaselineFileInvalid)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (BaselineInput.Find(context.Options, context.CancellationToken) is { Problems.Count: > 0 } input)
            context.RegisterAdditionalFileAction(file => Report(file, input));
    }

    private static void Report(AdditionalFileAnalysisContext context, BaselineInput input)
    {
        if (context.AdditionalFile.Path != input.File.Path)
            return;
        foreach (var problem in input.Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BaselineFileInvalid, input.LineLocation(problem.Line, problem.Column, problem.Length), problem.Message));
        }
    }
}
