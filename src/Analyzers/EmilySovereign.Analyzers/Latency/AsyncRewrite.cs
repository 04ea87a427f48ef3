using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>Decides whether a blocking call can become an <c>await</c>: only inside an async function, only for the shapes the fixer rewrites.</summary>
internal static class AsyncRewrite
{
    public static string? For(IOperation site, ISymbol owner)
    {
        if (!IsInAsyncFunction(site, owner))
            return null;
        switch (site)
        {
            case IPropertyReferenceOperation { Property.Name: "Result", Instance: not null } property
                when IsTaskLike(property.Property.ContainingType):
                return LatencyProperties.AwaitFix;
            case IInvocationOperation { TargetMethod.Name: "Wait", Instance: not null, Arguments.Length: 0 } wait
                when IsTaskLike(wait.TargetMethod.ContainingType) && wait.Parent is IExpressionStatementOperation:
                return LatencyProperties.AwaitFix;
            case IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: not null } }:
                return LatencyProperties.AwaitFix;
            case IInvocationOperation { TargetMethod: { Name: "Sleep", ContainingType.Name: "Thread" }, Arguments.Length: 1 } sleep
                when sleep.Parent is IExpressionStatementOperation:
                return LatencyProperties.DelayFix;
            default:
                return null;
        }
    }

    private static bool IsTaskLike(INamedTypeSymbol? type) =>
        type is { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace.Name: "Threading" } };

    private static bool IsInAsyncFunction(IOperation site, ISymbol owner)
    {
        for (var operation = site.Parent; operation is not null; operation = operation.Parent)
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync;
                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync;
            }
        }

        return owner is IMethodSymbol { IsAsync: true };
    }
}
