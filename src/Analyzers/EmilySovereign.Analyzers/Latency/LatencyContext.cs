using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Baseline;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>Everything the latency rules resolve once per compilation: budgets, the catalog, the call graph.</summary>
internal sealed class LatencyContext
{
    public LatencyContext(Compilation compilation, Lazy<INamedTypeSymbol?> attributeType, BlockingCatalog catalog)
    {
        Compilation = compilation;
        Budgets = new BudgetResolver(attributeType);
        Blocking = new BlockingMatcher(catalog);
        Sites = new CallSiteCollector(this);
        CallGraph = new CallGraph(this);
        _budgetSites = new AttributeSites(compilation, "LatencyBudget");
    }

    private readonly AttributeSites _budgetSites;

    public Compilation Compilation { get; }

    public BudgetResolver Budgets { get; }

    public BlockingMatcher Blocking { get; }

    public CallSiteCollector Sites { get; }

    public CallGraph CallGraph { get; }

    /// <summary>The baseline of kept ES2001 and ES2002 breaches, or null when there is none (docs/baseline.md).</summary>
    public BaselineGate? Baseline { get; set; }

    /// <summary>The report action of a budgeted body: through the baseline when there is one.</summary>
    public Action<Diagnostic> Reporter(Action<Diagnostic> report) => Baseline is null ? report : Baseline.Wrap(report);

    /// <summary>
    /// True for an ordinary method, accessor or constructor that may have a body in this compilation: what the call graph
    /// can follow. Local functions are walked as part of their enclosing body; interface and abstract members have none,
    /// nor have the members the compiler declares (a default constructor, a record's members), whose bodies it writes.
    /// A method declared without a body (a partial definition never implemented) is followed and found empty.
    /// </summary>
    public bool HasAnalysableBody(IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.DelegateInvoke)
        && !method.IsAbstract && !method.IsExtern && !method.IsImplicitlyDeclared
        // Read from the symbol, not from a map of every method called: at 10 000 types each lookup in such a map waited
        // on memory longer than these answers take (issue 26).
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Compilation.Assembly);

    /// <summary>
    /// The operation tree of an unbudgeted method's body (a partial method's implementation part), bound on demand: only
    /// the helpers budgeted members reach are ever bound for this analyzer (ADR 0042); budgeted bodies come from the
    /// driver's blocks. The compilation's semantic-model provider shares the models with the other analyzers of the build.
    /// </summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (SemanticModelOf(reference.SyntaxTree).GetOperation(syntax, cancellationToken) is { } body)
                return body;
        }

        return null;
    }

    /// <summary>Whether any file of the compilation writes the attribute's name; without it no member has a budget.</summary>
    public bool BudgetsWritten(CancellationToken cancellationToken) => _budgetSites.AnyInCompilation(cancellationToken);

#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    /// <summary>The model the driver shares among the analyzers of the compilation (ADR 0042).</summary>
    public SemanticModel SemanticModelOf(SyntaxTree tree) => Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>
    /// The lambdas and local functions of <paramref name="tree"/> that may carry a budget: those with an attribute the
    /// text names <c>LatencyBudget</c>, or any attribute where an alias could hide the name. A search of the text instead
    /// of a walk of every node, for the rare budgeted lambda or local function (ADR 0042).
    /// </summary>
    public IEnumerable<SyntaxNode> BudgetedFunctionCandidates(SyntaxTree tree, CancellationToken cancellationToken) =>
        _budgetSites.In(tree, cancellationToken)
            .Select(attribute => attribute.Parent?.Parent)
            .OfType<SyntaxNode>()
            .Where(node => node is LocalFunctionStatementSyntax or ParenthesizedLambdaExpressionSyntax)
            .Distinct();
}
