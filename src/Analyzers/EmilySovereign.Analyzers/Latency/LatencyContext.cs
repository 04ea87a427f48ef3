using System.Threading;
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

    /// <summary>
    /// The operation tree of a method's body, bound on demand: only budgeted members and the helpers they reach are
    /// ever bound for this analyzer (ADR 0042). The compilation's semantic-model provider shares the models with the
    /// other analyzers of the build.
    /// </summary>
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.PartialImplementationPart ?? method;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            var model = Compilation.GetSemanticModel(reference.SyntaxTree);
            if (model.GetOperation(syntax, cancellationToken) is { } body)
                return body;
        }

        return null;
    }
#pragma warning restore RS1030
}
