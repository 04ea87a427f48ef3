using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Baseline;
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

    /// <summary>The baseline of kept ES2001 and ES2002 breaches, or null when there is none (docs/baseline.md).</summary>
    public BaselineGate? Baseline { get; set; }

    /// <summary>The report action of a budgeted body: through the baseline when there is one.</summary>
    public Action<Diagnostic> Reporter(Action<Diagnostic> report) => Baseline is null ? report : Baseline.Wrap(report);

    /// <summary>
    /// True for an ordinary method, accessor or constructor with a body in this compilation: what the call graph can
    /// follow. Local functions are walked as part of their enclosing body; interface and abstract members have none.
    /// </summary>
    public bool HasAnalysableBody(IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.DelegateInvoke)
        && !method.IsAbstract && !method.IsExtern
        // The assembly first: most calls go to referenced code, and a source symbol builds its syntax references anew.
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty;

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
    /// The lambdas and local functions of <paramref name="tree"/> that may carry a budget: those with an attribute list
    /// where the text names the attribute. Every attributed one when the name can hide behind an alias: a using alias
    /// of the file that names it, or a global using alias anywhere in the compilation. A search of the text instead
    /// of a walk of every node, for the rare budgeted lambda or local function (ADR 0042).
    /// </summary>
    public IEnumerable<SyntaxNode> BudgetedFunctionCandidates(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (_globalAlias.Value)
            return AttributedFunctions(root);
        var text = tree.GetText(cancellationToken).ToString();
        List<SyntaxNode>? found = null;
        for (var at = text.IndexOf(AttributeWord, StringComparison.Ordinal); at >= 0; at = text.IndexOf(AttributeWord, at + AttributeWord.Length, StringComparison.Ordinal))
        {
            for (var node = root.FindToken(at).Parent; node is not null; node = node.Parent)
            {
                if (node is UsingDirectiveSyntax { Alias: not null })
                    return AttributedFunctions(root);
                if (node is AttributeListSyntax { Parent: LocalFunctionStatementSyntax or ParenthesizedLambdaExpressionSyntax } list)
                {
                    var function = list.Parent!;
                    found ??= new List<SyntaxNode>();
                    if (!found.Contains(function))
                        found.Add(function);
                    break;
                }

                if (node is AttributeListSyntax or StatementSyntax or MemberDeclarationSyntax)
                    break;
            }
        }

        return found ?? (IEnumerable<SyntaxNode>)Array.Empty<SyntaxNode>();
    }

    private static IEnumerable<SyntaxNode> AttributedFunctions(SyntaxNode root) =>
        root.DescendantNodes().Where(node => node switch
        {
            // Only attributed functions can carry a budget: a syntax check spares binding every lambda.
            LocalFunctionStatementSyntax local => local.AttributeLists.Count > 0,
            ParenthesizedLambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0,
            _ => false,
        });

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
                {
                    return true;
                }
            }
        }

        return false;
    }
}
