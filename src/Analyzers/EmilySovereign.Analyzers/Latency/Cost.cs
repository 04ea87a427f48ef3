using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The budgets of a path of sequential calls: their sum, how many calls, and the terms for the message. The terms are
/// kept as the calls and repetitions they come from and spelled out only for a report: most sums stay within budget.
/// </summary>
internal sealed class Cost
{
    private readonly Term? _terms;

    private Cost(double milliseconds, int calls, Term? terms)
    {
        Milliseconds = milliseconds;
        Calls = calls;
        _terms = terms;
    }

    public static Cost Zero { get; } = new(0, 0, null);

    public double Milliseconds { get; }

    public int Calls { get; }

    /// <summary>The message's terms in call order: <c>T.M 5 ms</c>, <c>3 × (T.M 5 ms + T.N 2 ms)</c>.</summary>
    public IReadOnlyList<string> Terms
    {
        get
        {
            var terms = new List<string>();
            Term.Spell(_terms, terms);
            return terms;
        }
    }

    public static Cost Call(ISymbol callee, double milliseconds, bool countedOnce) =>
        new(milliseconds, 1, new Term(callee, milliseconds, countedOnce));

    public static Cost Max(Cost left, Cost right) => right.Milliseconds > left.Milliseconds ? right : left;

    public Cost Then(Cost next) =>
        next.Calls == 0 ? this : Calls == 0 ? next : new(Milliseconds + next.Milliseconds, Calls + next.Calls, new Term(_terms!, next._terms!));

    public Cost Times(long iterations)
    {
        if (Calls == 0 || iterations == 1)
            return this;
        if (iterations <= 0)
            return Zero;
        return new(Milliseconds * iterations, (int)System.Math.Min(int.MaxValue, Calls * iterations), new Term(iterations, _terms!));
    }

    /// <summary>One call, two sequences one after the other, or a sequence repeated.</summary>
    private sealed class Term
    {
        private readonly ISymbol? _callee;
        private readonly double _milliseconds;
        private readonly bool _countedOnce;
        private readonly Term? _first;
        private readonly Term? _second;
        private readonly long _iterations;

        public Term(ISymbol callee, double milliseconds, bool countedOnce)
        {
            _callee = callee;
            _milliseconds = milliseconds;
            _countedOnce = countedOnce;
        }

        public Term(Term first, Term second)
        {
            _first = first;
            _second = second;
        }

        public Term(long iterations, Term repeated)
        {
            _iterations = iterations;
            _first = repeated;
        }

        /// <summary>Appends the terms in order; a stack, not recursion, for the long sequences of a long body.</summary>
        public static void Spell(Term? root, List<string> terms)
        {
            if (root is null)
                return;
            var pending = new Stack<Term>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var term = pending.Pop();
                if (term._callee is { } callee)
                {
                    terms.Add(MemberNames.Qualified(callee) + " " + Budget.Format(term._milliseconds) + " ms" + (term._countedOnce ? " (loop, counted once)" : ""));
                }
                else if (term._second is { } second)
                {
                    pending.Push(second);
                    pending.Push(term._first!);
                }
                else
                {
                    var inner = new List<string>();
                    Spell(term._first, inner);
                    terms.Add(term._iterations.ToString(CultureInfo.InvariantCulture) + " × (" + string.Join(" + ", inner) + ")");
                }
            }
        }
    }
}
