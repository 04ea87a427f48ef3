using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>Everything the latency rules resolve once per compilation: budgets, the catalog, the call graph.</summary>
internal sealed class LatencyContext
{
    public LatencyContext(Compilation compilation, INamedTypeSymbol attributeType, BlockingCatalog catalog)
    {
        Compilation = compilation;
        Budgets = new BudgetResolver(attributeType);
        Blocking = new BlockingMatcher(catalog);
        Sites = new CallSiteCollector(this);
        CallGraph = new CallGraph(this);
    }

    public Compilation Compilation { get; }

    public BudgetResolver Budgets { get; }

    public BlockingMatcher Blocking { get; }

    public CallSiteCollector Sites { get; }

    public CallGraph CallGraph { get; }

    /// <summary>
    /// True for an ordinary method, accessor or constructor with a body in this compilation: what the call graph can
    /// follow. Local functions are walked as part of their enclosing body; interface and abstract members have none.
    /// </summary>
    public bool HasAnalysableBody(IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.DelegateInvoke)
        && !method.IsAbstract && !method.IsExtern
        && !method.DeclaringSyntaxReferences.IsEmpty
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Compilation.Assembly);
}
