using EmilySovereign.Analyzers.Latency;
using Xunit;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// Which of two findings a call-graph summary keeps: the worse wait (unbounded, then the longer bound) and the larger
/// callee budget; on a tie the shorter chain, then the one found first. The ES2001 and ES2002 tests see only the kept
/// finding's message; these pin each step of the order, both ways round.
/// </summary>
public class FindingOrderTests
{
    private static readonly Chain Short = Chain.Of("A");
    private static readonly Chain Long = Chain.Of("B").Prepend("C");

    [Fact]
    public void A_missing_finding_gives_way_to_the_other()
    {
        var wait = Wait(WaitBound.AtMost(5), Short);
        Assert.Same(wait, BlockingFinding.Worse(null, wait));
        Assert.Same(wait, BlockingFinding.Worse(wait, null));
        var budget = new BudgetFinding(Short, 5);
        Assert.Same(budget, BudgetFinding.Larger(null, budget));
        Assert.Same(budget, BudgetFinding.Larger(budget, null));
    }

    [Fact]
    public void An_unbounded_wait_is_worse_than_a_bounded_one_and_a_longer_bound_than_a_shorter_one()
    {
        var bounded = Wait(WaitBound.AtMost(1000), Short);
        var unbounded = Wait(WaitBound.Unbounded, Long);
        Assert.Same(unbounded, BlockingFinding.Worse(bounded, unbounded));
        Assert.Same(unbounded, BlockingFinding.Worse(unbounded, bounded));

        var shortWait = Wait(WaitBound.AtMost(10), Short);
        var longWait = Wait(WaitBound.AtMost(20), Long);
        Assert.Same(longWait, BlockingFinding.Worse(shortWait, longWait));
        Assert.Same(longWait, BlockingFinding.Worse(longWait, shortWait));
    }

    [Fact]
    public void Between_equal_waits_the_shorter_chain_then_the_first_found_is_kept()
    {
        var first = Wait(WaitBound.AtMost(10), Short);
        var longerChain = Wait(WaitBound.AtMost(10), Long);
        Assert.Same(first, BlockingFinding.Worse(longerChain, first));
        Assert.Same(first, BlockingFinding.Worse(first, longerChain));
        Assert.Same(first, BlockingFinding.Worse(first, Wait(WaitBound.AtMost(10), Chain.Of("D"))));

        var unboundedShort = Wait(WaitBound.Unbounded, Short);
        Assert.Same(unboundedShort, BlockingFinding.Worse(Wait(WaitBound.Unbounded, Long), unboundedShort));
    }

    [Fact]
    public void The_larger_budget_is_kept_and_between_equal_ones_the_shorter_chain_then_the_first_found()
    {
        var small = new BudgetFinding(Short, 10);
        var large = new BudgetFinding(Long, 20);
        Assert.Same(large, BudgetFinding.Larger(small, large));
        Assert.Same(large, BudgetFinding.Larger(large, small));

        var longerChain = new BudgetFinding(Long, 10);
        Assert.Same(small, BudgetFinding.Larger(longerChain, small));
        Assert.Same(small, BudgetFinding.Larger(small, longerChain));
        Assert.Same(small, BudgetFinding.Larger(small, new BudgetFinding(Chain.Of("D"), 10)));
    }

    private static BlockingFinding Wait(WaitBound bound, Chain chain) => new(chain, "blocks", bound);
}
