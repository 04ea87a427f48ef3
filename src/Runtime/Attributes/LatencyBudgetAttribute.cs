using System;

namespace EmilySovereign;

/// <summary>
/// Declares that the code it marks must answer within <see cref="Milliseconds"/>.
/// On a type it is the default budget of every member of the type (and of nested types).
/// </summary>
/// <remarks>
/// The EmilySovereign analyzers check budgets at compile time: a budgeted member may not call a member with a
/// larger budget (ES2001), make a blocking call (ES2002), or call budgeted members whose budgets add up to more
/// than its own (ES2003). The constructor validates nothing at run time; ES2004 reports a budget that is not a
/// positive finite number.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property |
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false, Inherited = false)]
public sealed class LatencyBudgetAttribute : Attribute
{
    /// <summary>Creates a budget of <paramref name="milliseconds"/> milliseconds.</summary>
    /// <param name="milliseconds">The budget in milliseconds; a positive finite number.</param>
    public LatencyBudgetAttribute(double milliseconds) => Milliseconds = milliseconds;

    /// <summary>The budget in milliseconds.</summary>
    public double Milliseconds { get; }
}
