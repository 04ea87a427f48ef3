using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// The one way the analyzers start: concurrently, with their generated-code setting, and with everything registered in
/// <see cref="OnCompilationStart"/>, where the symbols and files a compilation needs are resolved once.
/// </summary>
public abstract class CompilationStartAnalyzer : DiagnosticAnalyzer
{
    private readonly GeneratedCodeAnalysisFlags _generatedCode;

    private protected CompilationStartAnalyzer(GeneratedCodeAnalysisFlags generatedCode, params DiagnosticDescriptor[] supportedDiagnostics)
    {
        _generatedCode = generatedCode;
        SupportedDiagnostics = ImmutableArray.Create(supportedDiagnostics);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(_generatedCode);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
