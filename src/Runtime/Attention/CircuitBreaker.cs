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
/// success closes it, its failure opens it again. Our own small class instead of Polly.Core: ADR 13 says why.
/// Invariants: only the probe admitted in HalfOpen closes an open circuit or opens it again; news from a call admitted
/// while Closed counts only while the circuit is still Closed (a call that started before the circuit opened cannot
/// close it). A circuit being opened passes through an internal Opening state, so its end of break is written before
/// anyone can read it.
/// </summary>
internal sealed class CircuitBreaker
{
    // Reported as Open; no call is admitted while the break's end is being written.
    private const int Opening = 3;

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

    public CircuitState State
    {
        get
        {
            var state = Volatile.Read(ref _state);
            return state == Opening ? CircuitState.Open : (CircuitState)state;
        }
    }

    /// <summary>
    /// Whether this call may try the primary; every true must be followed by a success or a failure, passing on
    /// <paramref name="probe"/> (true for the one call admitted in HalfOpen).
    /// </summary>
    public bool TryEnter(long now, out bool probe)
    {
        probe = false;
        switch (Volatile.Read(ref _state))
        {
            case (int)CircuitState.Closed:
                return true;
            case (int)CircuitState.Open when now >= Volatile.Read(ref _openUntil):
                probe = Interlocked.CompareExchange(ref _state, (int)CircuitState.HalfOpen, (int)CircuitState.Open) == (int)CircuitState.Open;
                return probe;
            default:
                return false;
        }
    }

    public void Success(bool probe)
    {
        if (probe)
        {
            Volatile.Write(ref _failures, 0);
            Volatile.Write(ref _state, (int)CircuitState.Closed); // only the probe is here while HalfOpen
        }
        else if (Volatile.Read(ref _state) == (int)CircuitState.Closed)
        {
            Volatile.Write(ref _failures, 0);
        }
    }

    public void Failure(long now, bool probe)
    {
        if (probe)
        {
            Open(now, (int)CircuitState.HalfOpen);
        }
        else if (Volatile.Read(ref _state) == (int)CircuitState.Closed && Interlocked.Increment(ref _failures) >= Threshold)
        {
            Open(now, (int)CircuitState.Closed);
        }
    }

    private void Open(long now, int from)
    {
        if (Interlocked.CompareExchange(ref _state, Opening, from) == from)
        {
            Volatile.Write(ref _openUntil, now + _breakTicks);
            Volatile.Write(ref _failures, 0);
            Volatile.Write(ref _state, (int)CircuitState.Open);
        }
    }
}
