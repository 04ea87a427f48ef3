using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
    private readonly ConcurrentDictionary<SyntaxNode, ulong> _byPart = new();
    private readonly ConcurrentDictionary<ISymbol, ulong> _byType = new(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, ulong> _computeType;

    public BodyLayers(LayerResolver resolver)
    {
        _resolver = resolver;
        _computeType = symbol => ComputeTypeLayers((ITypeSymbol)symbol);
    }

    /// <summary>
    /// Whether the executable code around <paramref name="name"/> may touch a layer of <paramref name="layers"/>;
    /// true for a name outside executable code (signatures, base lists, attributes), which the caller binds.
    /// </summary>
    public bool MayTouch(SyntaxNode name, ulong layers, SemanticModel model, bool nameofCounts, CancellationToken cancellationToken)
    {
        if (OutermostPart(name) is not { } part)
        {
            return true;
        }

        if (!_byPart.TryGetValue(part, out var touched))
        {
            touched = model.GetOperation(part, cancellationToken) is { } operation ? LayersOf(operation, nameofCounts) : AllLayers;
            _byPart.TryAdd(part, touched);
        }

        return (touched & layers) != 0;
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

    private ulong LayersOf(IOperation root, bool nameofCounts)
    {
        var layers = 0UL;
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0 && layers != AllLayers)
        {
            var operation = pending.Pop();
            if (operation is INameOfOperation && !nameofCounts)
            {
                // The checker never reports names inside nameof unless the user opts in.
                continue;
            }

            layers |= OwnLayers(operation);
            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return layers;
    }

    // What one operation refers to by a name the user may have written: its type, the member it references, the type
    // it tests or declares, and the signature of a lambda or local function.
    private ulong OwnLayers(IOperation operation)
    {
        var layers = LayersOf(operation.Type);
        switch (operation)
        {
            case IInvalidOperation:
            case INameOfOperation:
            case { Kind: OperationKind.None }:
                return AllLayers;
            case IInvocationOperation invocation:
                return layers | LayersOfMember(invocation.TargetMethod);
            case IMemberReferenceOperation reference:
                return layers | LayersOfMember(reference.Member);
            case IObjectCreationOperation { Constructor: { } constructor }:
                return layers | LayersOfMember(constructor);
            case ITypeOfOperation typeOf:
                return layers | LayersOf(typeOf.TypeOperand);
            case ISizeOfOperation sizeOf:
                return layers | LayersOf(sizeOf.TypeOperand);
            case IIsTypeOperation isType:
                return layers | LayersOf(isType.TypeOperand);
            case IDeclarationPatternOperation pattern:
                return layers | LayersOf(pattern.MatchedType) | LayersOf(pattern.NarrowedType);
            case ITypePatternOperation pattern:
                return layers | LayersOf(pattern.MatchedType) | LayersOf(pattern.NarrowedType);
            case IRecursivePatternOperation pattern:
                return layers | LayersOf(pattern.MatchedType) | LayersOf(pattern.NarrowedType);
            case ICatchClauseOperation catchClause:
                return layers | LayersOf(catchClause.ExceptionType) | LayersOf(catchClause.Locals);
            case IVariableDeclaratorOperation declarator:
                return layers | LayersOf(declarator.Symbol.Type);
            case IBlockOperation block:
                return layers | LayersOf(block.Locals);
            case ILoopOperation loop:
                return layers | LayersOf(loop.Locals);
            case IAnonymousFunctionOperation lambda:
                return layers | LayersOfSignature(lambda.Symbol);
            case ILocalFunctionOperation localFunction:
                return layers | LayersOfSignature(localFunction.Symbol);
            default:
                return layers;
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

    private ulong LayersOfMember(ISymbol member)
    {
        if (member is IMethodSymbol method)
        {
            var layers = LayersOf(method.ReducedFrom?.ContainingType ?? method.ContainingType);
            foreach (var argument in method.TypeArguments)
            {
                layers |= LayersOf(argument);
            }

            return layers;
        }

        return LayersOf(member.ContainingType);
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

    private ulong LayersOf(ImmutableArray<AttributeData> attributes)
    {
        // Attribute arguments can name members of any layer (typeof, constants) that their values no longer show.
        return attributes.IsEmpty ? 0 : AllLayers;
    }

    private ulong LayersOf(ITypeSymbol? type) => type is null ? 0 : _byType.GetOrAdd(type, _computeType);

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
