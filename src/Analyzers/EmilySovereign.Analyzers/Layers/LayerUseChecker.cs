using System;
using System.Threading;
using EmilySovereign.Analyzers.Baseline;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// ES1001 at every name that refers to a type, or to a member of a type, in a layer the using code may not use.
/// Names are the one place every kind of use shows up with its exact syntax (base lists, signatures, constraints,
/// attributes, <c>using static</c>, expressions, patterns), see ADR 0031. The hot path binds nothing until the user's
/// layer is known to be constrained, and allocates nothing until a use is forbidden.
/// </summary>
internal sealed partial class LayerUseChecker
{
    private readonly LayerResolver _resolver;
    private readonly LayerOptions _options;
    private readonly bool[] _unconstrained;
    private readonly ulong[] _checkedLayers;
    private readonly ulong _anyCheckedLayer;
    private readonly LayerGraphRecorder? _graph;
    private readonly Lazy<LayeredNames> _names;
    private readonly BodyLayers _bodies;
    private readonly PerThreadSymbolCache<ISymbol, string> _displayNames = new(static symbol => symbol.ToDisplayString());
    private readonly Func<ISymbol, string> _displayName;

    private readonly BaselineGate? _baseline;

    public LayerUseChecker(Compilation compilation, LayerResolver resolver, AnalyzerOptions options, LayerGraphRecorder? graph, BaselineGate? baseline = null)
    {
        _resolver = resolver;
        _baseline = baseline;
        // Built on the first tree's walk, not at the compilation's start: by then the compiler has made the symbols of
        // every type, which building the table first made at the start, on this analyzer's line (0.1 s then, 0.7 s
        // first, at 10 000 types), though other trees' walks wait for it.
        _names = new Lazy<LayeredNames>(() => LayeredNames.Collect(compilation, resolver), LazyThreadSafetyMode.ExecutionAndPublication);
        _graph = graph;
        _bodies = new BodyLayers(resolver);
        // Forbidden uses repeat a few types: each name is built once per compilation, not once per diagnostic.
        _displayName = _displayNames.GetOrAdd;
        _options = new LayerOptions(options.AnalyzerConfigOptionsProvider);
        var rules = resolver.Rules;
        _unconstrained = new bool[rules.Count];
        _checkedLayers = new ulong[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            // Drawing the graph needs every edge, so no layer may skip binding then.
            _unconstrained[i] = graph is null && rules.MayUseEverything(i);
            _checkedLayers[i] = graph is null ? ForbiddenLayers(rules, i) : ulong.MaxValue;
            _anyCheckedLayer |= _checkedLayers[i];
        }
    }

    /// <summary>
    /// Checks every name of one tree (or of the span the IDE asks for). One walk per tree rather than a syntax-node
    /// action per name: the driver's per-declaration, per-node dispatch cost more than the checks themselves (ADR 0034).
    /// </summary>
    public void AnalyzeTree(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        var treeOptions = _options.For(model.SyntaxTree);
        if (context.IsGeneratedCode && !treeOptions.CheckGeneratedCode)
        {
            return;
        }

        var root = model.SyntaxTree.GetRoot(context.CancellationToken);
        new TreeWalk(this, model, treeOptions, _baseline is null ? context.ReportDiagnostic : _baseline.Wrap(context.ReportDiagnostic), context.FilterSpan ?? root.FullSpan, context.CancellationToken).Walk(root);
    }

    /// <summary>
    /// The names of one tree in source order, with the user of the last one. Qualified names (<c>A.B.Type</c>,
    /// <c>global::A.Type</c>) are not walked node by node: only their last name names what is used, the others only
    /// qualify it (ADR 0031), so the walk takes that name and the type arguments inside the qualified name.
    /// </summary>
    private sealed class TreeWalk
    {
        private readonly LayerUseChecker _checker;
        private readonly SemanticModel _model;
        private readonly LayeredNames _names;
        private readonly LayerOptions.TreeOptions _treeOptions;
        private readonly Action<Diagnostic> _report;
        private readonly TextSpan _span;
        private readonly CancellationToken _cancellationToken;
        private SyntaxNode? _lastDeclaration;
        private LayerUser _lastUser;
        private bool _userKnown;
        private BodyLayers.LastPart _lastPart;
        private readonly Func<SyntaxNode, bool> _descend;
        // The part (body, initializer) last found to touch no layer its user may not use: no name in it can be a
        // forbidden use, so the walk descends into none of its nodes after that.
        private TextSpan _cleanPart;

        public TreeWalk(LayerUseChecker checker, SemanticModel model, LayerOptions.TreeOptions treeOptions, Action<Diagnostic> report,
            TextSpan span, CancellationToken cancellationToken)
        {
            _checker = checker;
            _model = model;
            _names = checker._names.Value;
            _treeOptions = treeOptions;
            _report = report;
            _span = span;
            _cancellationToken = cancellationToken;
            _descend = Descend;
        }

        // Nodes are told apart by kind, a field of the node, rather than by type tests, which walk the class hierarchy of
        // every node of the tree (a tenth of this walk's time at 10 000 types); and by full span, which a node stores, not
        // by span, which finds its first token.
        private bool Descend(SyntaxNode node) =>
            (SyntaxKind)node.RawKind is not (SyntaxKind.QualifiedName or SyntaxKind.AliasQualifiedName) && !_cleanPart.Contains(node.FullSpan.Start);

        public void Walk(SyntaxNode node)
        {
            foreach (var descendant in node.DescendantNodes(_span, _descend))
            {
                switch ((SyntaxKind)descendant.RawKind)
                {
                    case SyntaxKind.IdentifierName or SyntaxKind.GenericName:
                        Check((SimpleNameSyntax)descendant);
                        break;
                    case SyntaxKind.QualifiedName:
                        var qualified = (QualifiedNameSyntax)descendant;
                        WalkQualifiers(qualified.Left);
                        WalkLastName(qualified.Right);
                        break;
                    case SyntaxKind.AliasQualifiedName:
                        WalkLastName(((AliasQualifiedNameSyntax)descendant).Name);
                        break;
                }
            }
        }

        // A name that only qualifies (a namespace, or a containing type whose nested type's own layer decides) is not
        // a use, but its type arguments are.
        private void WalkQualifiers(NameSyntax qualifier)
        {
            switch ((SyntaxKind)qualifier.RawKind)
            {
                case SyntaxKind.QualifiedName:
                    var qualified = (QualifiedNameSyntax)qualifier;
                    WalkQualifiers(qualified.Left);
                    WalkQualifiers(qualified.Right);
                    break;
                case SyntaxKind.AliasQualifiedName:
                    WalkQualifiers(((AliasQualifiedNameSyntax)qualifier).Name);
                    break;
                case SyntaxKind.GenericName:
                    Walk(((GenericNameSyntax)qualifier).TypeArgumentList);
                    break;
            }
        }

        private void WalkLastName(SimpleNameSyntax name)
        {
            // The same test as the walk's for whether a node is in the span (zero-width nodes touch it).
            var fullSpan = name.FullSpan;
            if (_span.OverlapsWith(fullSpan) || (fullSpan.Length == 0 && _span.IntersectsWith(fullSpan)))
            {
                Check(name);
                if (name is GenericNameSyntax generic)
                {
                    Walk(generic.TypeArgumentList);
                }
            }
        }

        private void Check(SimpleNameSyntax name)
        {
            var layers = _names.LayersOf(name.Identifier.ValueText);
            if ((layers.All & _checker._anyCheckedLayer) == 0 || name is IdentifierNameSyntax { IsVar: true } || name.IsMissing)
            {
                // Most names (locals, parameters, framework members) stop here, before the user's layer is looked up.
                return;
            }

            var declaration = LayerUser.DeclarationAround(name);
            // Outside every type the user depends on the namespace block, so only type declarations are cached.
            if (declaration is null || !_userKnown || declaration != _lastDeclaration)
            {
                _lastUser = LayerUser.Find(name, declaration, _model, _checker._resolver, _cancellationToken);
                _lastDeclaration = declaration;
                _userKnown = true;
            }

            var nameLayers = SimpleNameScope.IsLookedUpInScope(name)
                ? layers.Anywhere | (layers.AsMember & _lastUser.MemberLayersInScope)
                : layers.All;
            if (_checker.AnalyzeName(name, _lastUser, nameLayers, _treeOptions, _model, _report, ref _lastPart, _cancellationToken))
            {
                _cleanPart = _lastPart.Part!.FullSpan;
            }
        }
    }

    /// <summary>
    /// Reports <paramref name="node"/> when it is a forbidden use. True when the executable part around it (a body, an
    /// initializer: <paramref name="lastPart"/>) touches no layer its user may not use, so that no name in it can be one.
    /// </summary>
    private bool AnalyzeName(SimpleNameSyntax node, LayerUser user, ulong nameLayers, LayerOptions.TreeOptions treeOptions,
        SemanticModel model, Action<Diagnostic> report, ref BodyLayers.LastPart lastPart, CancellationToken cancellationToken)
    {
        if (user.Layer < 0 || _unconstrained[user.Layer])
        {
            return false;
        }

        var checkedLayers = _checkedLayers[user.Layer];
        if ((nameLayers & checkedLayers) == 0)
        {
            return false;
        }

        if (!_bodies.MayTouch(node, checkedLayers, model, treeOptions.CheckNameof, ref lastPart, cancellationToken))
        {
            return true;
        }

        var symbolInfo = model.GetSymbolInfo(node, cancellationToken);
        var symbol = symbolInfo.Symbol ?? (symbolInfo.CandidateSymbols.Length > 0 ? symbolInfo.CandidateSymbols[0] : null);
        var usedType = UsedType(symbol, out var isTypeName);
        if (usedType is null)
        {
            return false;
        }

        var usedLayer = _resolver.LayerOf(usedType);
        var allowed = _resolver.Rules.MayUse(user.Layer, usedLayer);
        if (allowed && _graph is null)
        {
            return false;
        }

        // Forbidden (or drawing the graph): from here on, rare work to pick the one site and to build the message.
        var reportAt = isTypeName
            ? TypeNameSite(node, model, cancellationToken)
            : MemberNameSite(node, symbolInfo.Symbol, usedLayer, model, cancellationToken);
        if (reportAt is null || (!treeOptions.CheckNameof && IsInsideNameof(node, model, cancellationToken)))
        {
            return false;
        }

        _graph?.Record(user.Layer, usedLayer);
        if (allowed)
        {
            return false;
        }

        var rules = _resolver.Rules;
        var userName = user.DisplayName(_displayName);
        var usedName = _displayName(usedType);
        report(Diagnostic.Create(
            Descriptors.LayerViolation,
            reportAt.GetLocation(),
            _baseline?.Key(DiagnosticIds.LayerViolation, userName, usedName),
            userName,
            rules.Names[user.Layer],
            usedName,
            rules.Names[usedLayer],
            rules.MayUseText[user.Layer]));

        return false;
    }

    private static ulong ForbiddenLayers(LayerRules rules, int user)
    {
        var mask = 0UL;
        for (var used = 0; used < rules.Count; used++)
        {
            if (!rules.MayUse(user, used))
            {
                mask |= LayeredNames.Bit(used);
            }
        }

        return mask;
    }
}
