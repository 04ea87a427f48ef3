using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>Recognises <c>for (var i = C0; i &lt; C1; i++)</c> (and <c>&lt;=</c>): the only loops whose iteration count is a constant.</summary>
internal static class LoopBound
{
    public static long? ConstantIterations(ILoopOperation loop)
    {
        if (loop is not IForLoopOperation { Condition: IBinaryOperation condition } forLoop || forLoop.Before.Length != 1)
            return null;
        if (condition.LeftOperand is not ILocalReferenceOperation counter
            || ToLong(condition.RightOperand.ConstantValue) is not { } end
            || InitialValue(forLoop.Before[0], counter.Local) is not { } start
            || !StepsByOne(forLoop, counter.Local))
        {
            return null;
        }

        var count = condition.OperatorKind switch
        {
            BinaryOperatorKind.LessThan => end - start,
            BinaryOperatorKind.LessThanOrEqual => end - start + 1,
            _ => (long?)null,
        };
        return count is { } n ? System.Math.Max(0, n) : null;
    }

    private static long? InitialValue(IOperation before, ILocalSymbol counter)
    {
        if (before is not IVariableDeclarationGroupOperation { Declarations.Length: 1 } group)
            return null;
        foreach (var declarator in group.Declarations[0].Declarators)
        {
            if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, counter)
                && declarator.Initializer?.Value is { } value)
            {
                return ToLong(value.ConstantValue);
            }
        }

        return null;
    }

    private static bool StepsByOne(IForLoopOperation loop, ILocalSymbol counter) =>
        loop.AtLoopBottom.Length == 1
        && loop.AtLoopBottom[0] is IExpressionStatementOperation { Operation: IIncrementOrDecrementOperation { Kind: OperationKind.Increment, Target: ILocalReferenceOperation target } }
        && SymbolEqualityComparer.Default.Equals(target.Local, counter);

    private static long? ToLong(Optional<object?> constant) => constant is { HasValue: true, Value: { } value }
        ? value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            _ => null,
        }
        : null;
}
