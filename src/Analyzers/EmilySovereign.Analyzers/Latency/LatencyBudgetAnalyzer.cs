using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

        // A symbol action, not an operation action: an operation action would make the driver bind every body of the
        // compilation for this analyzer; this binds only budgeted bodies and what they reach (ADR 0042).
        start.RegisterSymbolAction(symbol => AnalyzeMemberBody(latency, symbol), SymbolKind.Method);
        start.RegisterSyntaxNodeAction(
            node => AnalyzeNestedFunction(latency, node),
            SyntaxKind.LocalFunctionStatement, SyntaxKind.ParenthesizedLambdaExpression);
    }

    private static void AnalyzeMemberBody(LatencyContext latency, SymbolAnalysisContext context)
    {
        var owner = (IMethodSymbol)context.Symbol;
        if (owner.PartialDefinitionPart is not null || latency.Budgets.For(owner) is not { IsValid: true } budget)
            return;
        if (latency.BodyOf(owner, context.CancellationToken) is { } body)
            new BudgetedBodyChecker(latency, owner, budget, context.ReportDiagnostic, context.CancellationToken).Check(body);
    }

    /// <summary>A lambda or local function with its own budget is budgeted code of its own, inside any member.</summary>
    private static void AnalyzeNestedFunction(LatencyContext latency, SyntaxNodeAnalysisContext context)
    {
        // Only attributed functions can carry a budget: a syntax check spares binding every lambda.
        var attributed = context.Node switch
        {
            LocalFunctionStatementSyntax local => local.AttributeLists.Count > 0,
            ParenthesizedLambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0,
            _ => false,
        };
        if (!attributed)
            return;
        var (symbol, body) = context.SemanticModel.GetOperation(context.Node, context.CancellationToken) switch
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
