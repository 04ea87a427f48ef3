using System.Collections.Immutable;
using EmilySovereign.Analyzers.Baseline;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The latency family ES2001–ES2008: budgets from <c>[LatencyBudget]</c> are checked against what budgeted code
/// calls, blocks on and adds up. Costs nothing for a compilation that does not see the attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LatencyBudgetAnalyzer : CompilationStartAnalyzer
{
    public const string AttributeMetadataName = "EmilySovereign.LatencyBudgetAttribute";

    public LatencyBudgetAnalyzer()
        : base(
            GeneratedCodeAnalysisFlags.None,
            Descriptors.CallsLargerBudget, Descriptors.BlockingCall, Descriptors.SequentialBudgetsExceedBudget,
            Descriptors.InvalidBudget, Descriptors.LockInBudgetedCode, Descriptors.BudgetLargerThanContract,
            Descriptors.BudgetedCallInUnboundedLoop, Descriptors.UnreadableBlockingCatalogLine,
            Descriptors.KeptByBaseline, Descriptors.StaleBaselineEntry)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (RuntimeTypes.FindOnFirstUse(start.Compilation, AttributeMetadataName) is not { } attributeType)
            return;
        var catalog = BlockingCatalog.ForCompilation(start.Options.AdditionalFiles, start.CancellationToken);
        var baseline = BaselineGate.For(start.Options, IsKeyedRule, start.CancellationToken);
        var latency = new LatencyContext(start.Compilation, attributeType, catalog) { Baseline = baseline };
        if (baseline is not null)
            start.RegisterCompilationEndAction(baseline.ReportStale);

        start.RegisterAdditionalFileAction(file => CatalogFileRules.Report(file));

        // A budget is written in this compilation's own files (its own attribute, its property's or its type's), so when
        // no file names the attribute there is nothing to check: a project that references the runtime for its other
        // attributes registers nothing here (issue 26).
        if (!latency.BudgetsWritten(start.CancellationToken))
            return;

        // The contract rules look at declarations only: a symbol action binds no body. Types and properties here; methods
        // with the bodies below, so that the many methods without a budget cost no callback of their own (ContractRules).
        // Not one callback per type reading its members' budgets: that cost the latency line a fifth more at 10 000 types
        // (docs/performance.md).
        start.RegisterSymbolAction(symbol => ContractRules.Analyze(latency, symbol), SymbolKind.NamedType, SymbolKind.Property);

        // Bodies are checked from the operation blocks the driver binds once, outside any analyzer, for every analyzer
        // that reads bodies (the SDK's do in every net5+ build); a method without a budget returns after reading its
        // attributes. The driver calls back for a method without a body too when it has an attribute (the block is the
        // attribute), so every method that writes its own budget comes here.
        // Not a symbol-start action per type: with the SDK's analyzers beside it, that made the driver track every member
        // of every type and cost a third of a 2 000-type compile (ADR 0043).
        start.RegisterOperationBlockAction(block =>
        {
            // A partial method's definition gets a block of its own (its attributes): its implementation's block checks the body.
            // A partial method's budget is read from its definition, whose body is the implementation's.
            if (block.OwningSymbol is IMethodSymbol { PartialImplementationPart: null } method
                && (method.PartialDefinitionPart ?? method) is var owner && latency.Budgets.For(owner) is { } budget)
            {
                var found = ThreadDiagnostics.OfThisThread();
                // A budget from the type is its type's to check (ContractRules), once for all its methods.
                if (budget.IsDeclaredOn(owner))
                    ContractRules.Member(latency, owner, budget, found.Add, block.CancellationToken);
                if (budget.IsValid)
                    AnalyzeMemberBody(latency, owner, budget, block.OperationBlocks, found.Add, block.CancellationToken);
                foreach (var diagnostic in found.Found)
                    block.ReportDiagnostic(diagnostic);
            }
        });

        // One action per file that searches the text for the attribute's name, not a syntax node action on every lambda and
        // local function: budgeted ones are rare, and a file that has one names the attribute (ADR 0042). A semantic
        // model action, run once the tree's members are bound, so that the lambdas' bodies are not bound here first.
        start.RegisterSemanticModelAction(tree => AnalyzeNestedFunctions(latency, tree));
    }

    /// <summary>The rules whose breaches carry a baseline key: a budgeted member and the callee it breaks the rule through.</summary>
    private static bool IsKeyedRule(string rule) => rule is DiagnosticIds.CallsLargerBudget or DiagnosticIds.BlockingCall;

    private static void AnalyzeMemberBody(LatencyContext latency, IMethodSymbol owner, Budget budget, ImmutableArray<IOperation> blocks,
        System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        // The body the driver has just bound (ADR 0043): a member whose blocks hold none has none.
        if (BodyIn(blocks) is { } body)
            new BudgetedBodyChecker(latency, owner, budget, latency.Reporter(report), cancellationToken).Check(body);
    }

    /// <summary>
    /// The body among a method's operation blocks, which also hold its attributes and parameter defaults. The driver hands
    /// over the body's block (braces or arrow clause) whose parent is the method's or constructor's body operation, which
    /// holds a constructor's initializer too; an expression-bodied property's getter has only the block. Asking the model
    /// for the body instead cost 4 to 5 µs per budgeted member at 10 000 types (issue 26).
    /// </summary>
    internal static IOperation? BodyIn(ImmutableArray<IOperation> blocks)
    {
        IOperation? body = null;
        foreach (var block in blocks)
        {
            if (block.Parent is IMethodBodyBaseOperation methodBody)
                return methodBody;
            if (block is IBlockOperation)
                body = block;
        }

        return body;
    }

    /// <summary>A lambda or local function with its own budget is budgeted code of its own, inside any member.</summary>
    private static void AnalyzeNestedFunctions(LatencyContext latency, SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        foreach (var node in latency.BudgetedFunctionCandidates(model.SyntaxTree, context.CancellationToken))
            AnalyzeNestedFunction(latency, model, node, latency.Reporter(context.ReportDiagnostic), context.CancellationToken);
    }

    private static void AnalyzeNestedFunction(LatencyContext latency, SemanticModel model, SyntaxNode node, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var (symbol, body) = model.GetOperation(node, cancellationToken) switch
        {
            IAnonymousFunctionOperation lambda => (lambda.Symbol, (IOperation?)lambda.Body),
            ILocalFunctionOperation local => (local.Symbol, (IOperation?)local.Body ?? local.IgnoredBody),
            _ => (null, null),
        };
        if (symbol is null || latency.Budgets.Declared(symbol) is not { } budget)
            return;
        ContractRules.ReportIfInvalid(budget, report);
        if (budget.IsValid && body is not null)
            new BudgetedBodyChecker(latency, symbol, budget, report, cancellationToken).Check(body);
    }
}
