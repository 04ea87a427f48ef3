using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>How long a call to a catalogued wait may block, read from its timeout argument.</summary>
/// <param name="IsBounded">The call waits at most <see cref="Milliseconds"/>.</param>
/// <param name="IsConstant">False when the call has a timeout argument that is not a compile-time constant.</param>
internal readonly record struct WaitBound(bool IsBounded, double Milliseconds, bool IsConstant)
{
    public static WaitBound Unbounded { get; } = new(false, double.PositiveInfinity, IsConstant: true);

    public static WaitBound NonConstant { get; } = new(false, double.PositiveInfinity, IsConstant: false);

    public static WaitBound AtMost(double milliseconds) =>
        milliseconds < 0 ? Unbounded : new WaitBound(true, milliseconds, IsConstant: true);

    /// <summary>
    /// Reads the timeout parameter (<c>millisecondsTimeout</c>, <c>timeout</c>) of a wait. <c>Thread.Sleep</c> has
    /// such a parameter too but is a delay, not a wait for something, so it is always unbounded blocking.
    /// </summary>
    public static WaitBound Of(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Sleep" && method.ContainingType?.Name == "Thread")
            return Unbounded;
        foreach (var argument in invocation.Arguments)
        {
            var name = argument.Parameter?.Name;
            if (name is not ("millisecondsTimeout" or "timeout" or "timeoutMilliseconds"))
                continue;
            return Read(argument.Value);
        }

        return Unbounded;
    }

    private static WaitBound Read(IOperation value)
    {
        while (value is IConversionOperation conversion)
            value = conversion.Operand;
        if (value.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return constant switch
            {
                int i => AtMost(i),
                long l => AtMost(l),
                uint u => AtMost(u),
                _ => NonConstant,
            };
        }

        if (value is IFieldReferenceOperation { Field: { Name: "Zero", ContainingType.Name: "TimeSpan" } })
            return AtMost(0);
        if (value is IFieldReferenceOperation { Field: { Name: "InfiniteTimeSpan", ContainingType.Name: "Timeout" } })
            return Unbounded;
        if (value is IInvocationOperation { TargetMethod: { ContainingType.Name: "TimeSpan" } factory } call
            && call.Arguments.Length == 1
            && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: { } amount }
            && ToDouble(amount) is { } number)
        {
            var scale = factory.Name switch
            {
                "FromMilliseconds" => 1d,
                "FromSeconds" => 1_000d,
                "FromMinutes" => 60_000d,
                _ => double.NaN,
            };
            if (!double.IsNaN(scale))
                return AtMost(number * scale);
        }

        return NonConstant;
    }

    private static double? ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        _ => null,
    };
}
