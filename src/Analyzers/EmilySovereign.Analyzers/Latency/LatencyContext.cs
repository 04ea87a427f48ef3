using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        _globalAlias = new Lazy<bool>(() => HasGlobalAliasOfTheAttribute(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What every use of the attribute writes, whatever its form: <c>[LatencyBudget]</c>, <c>[EmilySovereign.LatencyBudgetAttribute]</c>.</summary>
    private const string AttributeWord = "LatencyBudget";

    private readonly Lazy<bool> _globalAlias;

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
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.PartialImplementationPart ?? method;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (SemanticModelOf(reference.SyntaxTree).GetOperation(syntax, cancellationToken) is { } body)
                return body;
        }

        return null;
    }

#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    /// <summary>The model the driver shares among the analyzers of the compilation (ADR 0042).</summary>
    public SemanticModel SemanticModelOf(SyntaxTree tree) => Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>
    /// False when no code of <paramref name="tree"/> can carry a budget: its text never names the attribute and no
    /// global using alias of the compilation names it (a file-local alias names it in the file itself). A search of
    /// the text instead of a walk of every node, for the rare budgeted lambda or local function (ADR 0042).
    /// </summary>
    public bool MayDeclareBudgets(SyntaxTree tree, CancellationToken cancellationToken) =>
        tree.GetText(cancellationToken).ToString().IndexOf(AttributeWord, StringComparison.Ordinal) >= 0 || _globalAlias.Value;

    private static bool HasGlobalAliasOfTheAttribute(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
                continue;
            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.RawKind != 0 && directive.Alias is not null
                    && directive.ToString().IndexOf(AttributeWord, StringComparison.Ordinal) >= 0)
                    return true;
            }
        }

        return false;
    }
}
