using System;
using System.Collections.Immutable;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>
/// The layers that the executable code of one member part (a body, an initializer, a default value) touches, read
/// from its operation tree, which the compiler builds once per member and shares with every analyzer (ADR 0033).
/// A name inside a part that touches none of the user's forbidden layers cannot be a forbidden use, so the checker
/// skips it without <c>GetSymbolInfo</c>. The masks over-approximate (every operation's type, every referenced
/// member's type, and every operation the tree cannot describe counts as all layers), so skipping stays sound.
/// </summary>
internal sealed class BodyLayers
{
    private const ulong AllLayers = ulong.MaxValue;

    private readonly LayerResolver _resolver;
    private readonly PerThreadSymbolCache<ITypeSymbol, ulong> _byType;

    public BodyLayers(LayerResolver resolver)
    {
        _resolver = resolver;
        _byType = new(ComputeTypeLayers);
    }

    /// <summary>
    /// Whether the executable code around <paramref name="name"/> may touch a layer of <paramref name="layers"/>;
    /// true for a name outside executable code (signatures, base lists, attributes), which the caller binds.
    /// <paramref name="last"/> is the caller's cache: the names of one part come one after another in a walk of a tree,
    /// so the last part's mask is all a walk needs, and walks on other threads share no lock (a shared dictionary of
    /// parts was most of this method's time, its threads waiting on each other's adds).
    /// </summary>
    public bool MayTouch(SyntaxNode name, ulong layers, SemanticModel model, bool nameofCounts, ref LastPart last, CancellationToken cancellationToken)
    {
        if (OutermostPart(name) is not { } part)
        {
            return true;
        }

        if (last.Part != part)
        {
            last.Touched = model.GetOperation(part, cancellationToken) is { } operation ? LayersOf(operation, nameofCounts, ref last) : AllLayers;
            last.Part = part;
        }

        return (last.Touched & layers) != 0;
    }

    /// <summary>
    /// The part <see cref="MayTouch"/> looked at last, and the layers it touches; and what the walk's parts reuse: the
    /// types they looked up last, which the parts of one type share (its own, the types it uses, int), and the stack.
    /// </summary>
    public struct LastPart
    {
        internal SyntaxNode? Part;
        internal ulong Touched;
        internal RecentTypes Recent;
        internal Pending[]? Stack;
    }

    /// <summary>
    /// The outermost executable syntax around a node inside one member: its body block or arrow clause, a constructor
    /// initializer, an initializer or default value (<c>= ...</c>), or a top-level statement. Lambdas and local
    /// functions belong to the body around them.
    /// </summary>
    private static SyntaxNode? OutermostPart(SyntaxNode node)
    {
        SyntaxNode? part = null;
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            switch (current)
            {
                case BlockSyntax or ArrowExpressionClauseSyntax when parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax:
                case ConstructorInitializerSyntax:
                case EqualsValueClauseSyntax when parent is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } or ParameterSyntax or EnumMemberDeclarationSyntax or PropertyDeclarationSyntax:
                    part = current;
                    break;
                case StatementSyntax when parent is GlobalStatementSyntax:
                    return current;
            }

            if (parent is MemberDeclarationSyntax)
            {
                return part;
            }
        }

        return part;
    }

    private ulong LayersOf(IOperation root, bool nameofCounts, ref LastPart last)
    {
        var layers = 0UL;
        ref var recent = ref last.Recent;
        // A stack of structs rather than of IOperation: storing into an array of an interface type checks each store.
        var pending = last.Stack ??= new Pending[16];
        var count = 0;
        pending[count++].Operation = root;
        while (count > 0 && layers != AllLayers)
        {
            var operation = pending[--count].Operation;
            if (operation.Kind == OperationKind.NameOf && !nameofCounts)
            {
                // The checker never reports names inside nameof unless the user opts in.
                continue;
            }

            layers |= LayersOf(operation.Type, ref recent) | OwnLayers(operation, ref recent);
            foreach (var child in operation.ChildOperations)
            {
                if (count == pending.Length)
                {
                    Array.Resize(ref pending, count * 2);
                    last.Stack = pending;
                }

                pending[count++].Operation = child;
            }
        }

        return layers;
    }

    internal struct Pending
    {
        public IOperation Operation;
    }

    /// <summary>
    /// The last four types a walk looked up, compared by reference: the operations of a body share a few types (int,
    /// bool, the user's own, the one it calls), whose masks are then not looked up in the per-thread dictionary, whose
    /// symbol hashing and equality were half of a walk's time at 10 000 types.
    /// </summary>
    internal struct RecentTypes
    {
        private ITypeSymbol? _type0, _type1, _type2, _type3;
        private ulong _layers0, _layers1, _layers2, _layers3;
        private int _next;

        public readonly bool TryGet(ITypeSymbol type, out ulong layers)
        {
            (var found, layers) = ReferenceEquals(type, _type0) ? (true, _layers0)
                : ReferenceEquals(type, _type1) ? (true, _layers1)
                : ReferenceEquals(type, _type2) ? (true, _layers2)
                : ReferenceEquals(type, _type3) ? (true, _layers3)
                : (false, 0UL);
            return found;
        }

        public void Add(ITypeSymbol type, ulong layers)
        {
            switch (_next++ & 3)
            {
                case 0: (_type0, _layers0) = (type, layers); break;
                case 1: (_type1, _layers1) = (type, layers); break;
                case 2: (_type2, _layers2) = (type, layers); break;
                default: (_type3, _layers3) = (type, layers); break;
            }
        }
    }

    private ulong LayersOf(ITypeSymbol? type, ref RecentTypes recent)
    {
        if (type is null)
        {
            return 0;
        }

        if (!recent.TryGet(type, out var layers))
        {
            layers = _byType.GetOrAdd(type);
            recent.Add(type, layers);
        }

        return layers;
    }

    // What one operation refers to by a name the user may have written, besides its type: the member it references,
    // the type it tests or declares, and the signature of a lambda or local function. Chosen by kind, which is one
    // virtual call, rather than by a series of interface type tests.
    private ulong OwnLayers(IOperation operation, ref RecentTypes recent)
    {
        switch (operation.Kind)
        {
            case OperationKind.Invalid:
            case OperationKind.NameOf:
            case OperationKind.None:
                return AllLayers;
            case OperationKind.Invocation:
                return LayersOfMember(((IInvocationOperation)operation).TargetMethod, ref recent);
            case OperationKind.FieldReference:
            case OperationKind.MethodReference:
            case OperationKind.PropertyReference:
            case OperationKind.EventReference:
                return LayersOfMember(((IMemberReferenceOperation)operation).Member, ref recent);
            case OperationKind.ObjectCreation:
                return ((IObjectCreationOperation)operation).Constructor is { } constructor ? LayersOfMember(constructor, ref recent) : 0;
            case OperationKind.TypeOf:
                return LayersOf(((ITypeOfOperation)operation).TypeOperand);
            case OperationKind.SizeOf:
                return LayersOf(((ISizeOfOperation)operation).TypeOperand);
            case OperationKind.IsType:
                return LayersOf(((IIsTypeOperation)operation).TypeOperand);
            case OperationKind.DeclarationPattern:
                var declaration = (IDeclarationPatternOperation)operation;
                return LayersOf(declaration.MatchedType) | LayersOf(declaration.NarrowedType);
            case OperationKind.TypePattern:
                var typePattern = (ITypePatternOperation)operation;
                return LayersOf(typePattern.MatchedType) | LayersOf(typePattern.NarrowedType);
            case OperationKind.RecursivePattern:
                var recursive = (IRecursivePatternOperation)operation;
                return LayersOf(recursive.MatchedType) | LayersOf(recursive.NarrowedType);
            case OperationKind.CatchClause:
                var catchClause = (ICatchClauseOperation)operation;
                return LayersOf(catchClause.ExceptionType) | LayersOf(catchClause.Locals);
            case OperationKind.VariableDeclarator:
                return LayersOf(((IVariableDeclaratorOperation)operation).Symbol.Type, ref recent);
            case OperationKind.Block:
                return LayersOf(((IBlockOperation)operation).Locals);
            case OperationKind.Loop:
                return LayersOf(((ILoopOperation)operation).Locals);
            case OperationKind.AnonymousFunction:
                return LayersOfSignature(((IAnonymousFunctionOperation)operation).Symbol);
            case OperationKind.LocalFunction:
                return LayersOfSignature(((ILocalFunctionOperation)operation).Symbol);
            default:
                return 0;
        }
    }

    private ulong LayersOf(ImmutableArray<ILocalSymbol> locals)
    {
        var layers = 0UL;
        foreach (var local in locals)
        {
            layers |= LayersOf(local.Type);
        }

        return layers;
    }

    private ulong LayersOfMember(ISymbol member, ref RecentTypes recent)
    {
        if (member is IMethodSymbol method)
        {
            var layers = LayersOf(method.ContainingType, ref recent);
            if (method.IsGenericMethod)
            {
                foreach (var argument in method.TypeArguments)
                {
                    layers |= LayersOf(argument);
                }
            }

            return layers;
        }

        return LayersOf(member.ContainingType, ref recent);
    }

    // A lambda or local function declares types by name in its parameters, return type, constraints and attributes.
    private ulong LayersOfSignature(IMethodSymbol method)
    {
        var layers = LayersOf(method.ReturnType) | LayersOf(method.GetAttributes()) | LayersOf(method.GetReturnTypeAttributes());
        foreach (var parameter in method.Parameters)
        {
            layers |= LayersOf(parameter.Type) | LayersOf(parameter.GetAttributes());
        }

        foreach (var typeParameter in method.TypeParameters)
        {
            layers |= LayersOf(typeParameter.GetAttributes());
            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                layers |= LayersOf(constraint);
            }
        }

        return layers;
    }

    // Attribute arguments can name members of any layer (typeof, constants) that their values no longer show.
    private ulong LayersOf(ImmutableArray<AttributeData> attributes) => attributes.IsEmpty ? 0 : AllLayers;

    private ulong LayersOf(ITypeSymbol? type) => type is null ? 0 : _byType.GetOrAdd(type);

    private ulong ComputeTypeLayers(ITypeSymbol type)
    {
        switch (type)
        {
            case IErrorTypeSymbol:
                return AllLayers;
            case IArrayTypeSymbol array:
                return LayersOf(array.ElementType);
            case IPointerTypeSymbol pointer:
                return LayersOf(pointer.PointedAtType);
            case IFunctionPointerTypeSymbol functionPointer:
                return LayersOfSignature(functionPointer.Signature);
            case INamedTypeSymbol named:
                var layer = _resolver.LayerOf(named);
                var layers = layer == LayerRules.None ? 0 : LayeredNames.Bit(layer);
                foreach (var argument in named.TypeArguments)
                {
                    layers |= LayersOf(argument);
                }

                return named.ContainingType is { } containing ? layers | LayersOf(containing) : layers;
            default:
                return 0;
        }
    }
}
