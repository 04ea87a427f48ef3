namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// What an unbudgeted method reaches through itself and the unbudgeted methods it calls: the worst blocking call, the
/// first lock, and the largest callee budget; each with the chain that leads there (starting at the method).
/// </summary>
internal sealed record MethodSummary(BlockingFinding? Blocking, Chain? Lock, BudgetFinding? LargestBudget)
{
    public static MethodSummary Empty { get; } = new(null, null, null);
}

internal sealed record BlockingFinding(Chain Chain, string Reason, WaitBound Bound)
{
    public BlockingFinding From(string caller) => new(Chain.Prepend(caller), Reason, Bound);

    /// <summary>Unbounded beats bounded, a longer bound beats a shorter one, then the shorter chain, then the first found.</summary>
    public static BlockingFinding? Worse(BlockingFinding? current, BlockingFinding? candidate)
    {
        if (current is null)
            return candidate;
        if (candidate is null)
            return current;
        var currentCost = current.Bound.IsBounded ? current.Bound.Milliseconds : double.PositiveInfinity;
        var candidateCost = candidate.Bound.IsBounded ? candidate.Bound.Milliseconds : double.PositiveInfinity;
        return candidateCost > currentCost || (candidateCost == currentCost && candidate.Chain.Length < current.Chain.Length)
            ? candidate
            : current;
    }
}

internal sealed record BudgetFinding(Chain Chain, double Milliseconds)
{
    public BudgetFinding From(string caller) => new(Chain.Prepend(caller), Milliseconds);

    public static BudgetFinding? Larger(BudgetFinding? current, BudgetFinding? candidate) =>
        current is null
        || (candidate is not null
            && (candidate.Milliseconds > current.Milliseconds
                || (candidate.Milliseconds == current.Milliseconds && candidate.Chain.Length < current.Chain.Length)))
            ? candidate
            : current;
}
