using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The latency family ES2001–ES2008: budgets from <c>[LatencyBudget]</c> are checked against what budgeted code
/// calls, blocks on and adds up. Costs nothing for a compilation that does not see the attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LatencyBudgetAnalyzer : DiagnosticAnalyzer
{
    public const string AttributeMetadataName = "EmilySovereign.LatencyBudgetAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.CallsLargerBudget,
        Descriptors.BlockingCall,
        Descriptors.SequentialBudgetsExceedBudget,
        Descriptors.InvalidBudget,
        Descriptors.LockInBudgetedCode,
        Descriptors.BudgetLargerThanContract,
        Descriptors.BudgetedCallInUnboundedLoop,
        Descriptors.UnreadableBlockingCatalogLine);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (start.Compilation.GetTypeByMetadataName(AttributeMetadataName) is not { } attributeType)
            return;
        var catalog = BlockingCatalog.ForCompilation(start.Options.AdditionalFiles, start.CancellationToken);
        var latency = new LatencyContext(start.Compilation, attributeType, catalog);

        start.RegisterAdditionalFileAction(file => CatalogFileRules.Report(file));
        start.RegisterSymbolAction(symbol => ContractRules.Analyze(latency, symbol), SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property);
        start.RegisterOperationBlockAction(block => AnalyzeMemberBody(latency, block));
        start.RegisterOperationAction(
            operation => AnalyzeNestedFunction(latency, operation),
            OperationKind.AnonymousFunction, OperationKind.LocalFunction);
    }

    private static void AnalyzeMemberBody(LatencyContext latency, OperationBlockAnalysisContext block)
    {
        if (block.OwningSymbol is not IMethodSymbol owner || latency.Budgets.For(owner) is not { IsValid: true } budget)
            return;
        var checker = new BudgetedBodyChecker(latency, owner, budget, block.ReportDiagnostic, block.CancellationToken);
        foreach (var body in block.OperationBlocks)
        {
            if (body is IMethodBodyBaseOperation or IBlockOperation)
                checker.Check(body);
        }
    }

    /// <summary>A lambda or local function with its own budget is budgeted code of its own, inside any member.</summary>
    private static void AnalyzeNestedFunction(LatencyContext latency, OperationAnalysisContext context)
    {
        var (symbol, body) = context.Operation switch
        {
            IAnonymousFunctionOperation lambda => (lambda.Symbol, (IOperation?)lambda.Body),
            ILocalFunctionOperation local => (local.Symbol, (IOperation?)local.Body ?? local.IgnoredBody),
            _ => (null, null),
        };
        if (symbol is null || latency.Budgets.Declared(symbol) is not { } budget)
            return;
        ContractRules.ReportIfInvalid(budget, context.ReportDiagnostic);
        if (budget.IsValid && body is not null)
            new BudgetedBodyChecker(latency, symbol, budget, context.ReportDiagnostic, context.CancellationToken).Check(body);
    }
}
