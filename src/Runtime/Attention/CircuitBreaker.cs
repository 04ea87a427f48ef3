using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>The breaker's state, as <see cref="AlphaAttentionGate.CircuitState"/> reports it.</summary>
public enum CircuitState
{
    /// <summary>The primary is called.</summary>
    Closed,

    /// <summary>The primary failed repeatedly and is skipped until the break ends.</summary>
    Open,

    /// <summary>The break ended and one probe call is trying the primary again.</summary>
    HalfOpen,
}

/// <summary>
/// A lock-free consecutive-failure circuit breaker on <see cref="System.Diagnostics.Stopwatch"/> timestamps:
/// <see cref="Threshold"/> failures in a row open it for the break; then one caller probes (half-open), and its
/// success closes it, its failure opens it again. Our own 60 lines instead of Polly.Core: ADR 13 says why.
/// </summary>
internal sealed class CircuitBreaker
{
    private readonly long _breakTicks;
    private int _state;
    private int _failures;
    private long _openUntil;

    public CircuitBreaker(int threshold, long breakTicks)
    {
        Threshold = threshold;
        _breakTicks = breakTicks;
    }

    public int Threshold { get; }

    public CircuitState State => (CircuitState)Volatile.Read(ref _state);

    /// <summary>Whether this call may try the primary; every true must be followed by a success or a failure.</summary>
    public bool TryEnter(long now)
    {
        switch ((CircuitState)Volatile.Read(ref _state))
        {
            case CircuitState.Closed:
                return true;
            case CircuitState.Open when now >= Volatile.Read(ref _openUntil):
                return Interlocked.CompareExchange(ref _state, (int)CircuitState.HalfOpen, (int)CircuitState.Open) == (int)CircuitState.Open;
            default:
                return false;
        }
    }

    public void Success()
    {
        Volatile.Write(ref _failures, 0);
        Volatile.Write(ref _state, (int)CircuitState.Closed);
    }

    public void Failure(long now)
    {
        bool probeFailed = Volatile.Read(ref _state) == (int)CircuitState.HalfOpen;
        if (probeFailed || Interlocked.Increment(ref _failures) >= Threshold)
        {
            Volatile.Write(ref _openUntil, now + _breakTicks);
            Volatile.Write(ref _failures, 0);
            Volatile.Write(ref _state, (int)CircuitState.Open);
        }
    }
}
