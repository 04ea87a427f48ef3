using System.Collections.Immutable;
using System.Globalization;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>The budgets of a path of sequential calls: their sum, how many calls, and the terms for the message.</summary>
internal sealed class Cost
{
    private Cost(double milliseconds, int calls, ImmutableList<string> terms)
    {
        Milliseconds = milliseconds;
        Calls = calls;
        Terms = terms;
    }

    public static Cost Zero { get; } = new(0, 0, ImmutableList<string>.Empty);

    public double Milliseconds { get; }

    public int Calls { get; }

    public ImmutableList<string> Terms { get; }

    public static Cost Call(string name, double milliseconds, bool countedOnce) =>
        new(milliseconds, 1, ImmutableList.Create(name + " " + Budget.Format(milliseconds) + " ms" + (countedOnce ? " (loop, counted once)" : "")));

    public static Cost Max(Cost left, Cost right) => right.Milliseconds > left.Milliseconds ? right : left;

    public Cost Then(Cost next) =>
        next.Calls == 0 ? this : Calls == 0 ? next : new(Milliseconds + next.Milliseconds, Calls + next.Calls, Terms.AddRange(next.Terms));

    public Cost Times(long iterations)
    {
        if (Calls == 0 || iterations == 1)
            return this;
        if (iterations <= 0)
            return Zero;
        var term = iterations.ToString(CultureInfo.InvariantCulture) + " × (" + string.Join(" + ", Terms) + ")";
        return new(Milliseconds * iterations, (int)System.Math.Min(int.MaxValue, Calls * iterations), ImmutableList.Create(term));
    }
}
