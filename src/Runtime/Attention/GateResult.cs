using System;

namespace EmilySovereign.Attention;

/// <summary>Which path produced a gate's answer.</summary>
public enum GatePath
{
    /// <summary>The primary alpha-band backend answered in time.</summary>
    Primary,

    /// <summary>The hyperdimensional (HDC) classifier answered because the primary could not.</summary>
    HdcFallback,
}

/// <summary>Why the gate answered from the fallback.</summary>
public enum FallbackReason
{
    /// <summary>It did not: the primary answered.</summary>
    None,

    /// <summary>The primary threw, or answered a non-finite or out-of-range power (metric tag <c>exception</c>).</summary>
    Exception,

    /// <summary>The primary did not answer within its share of the budget (metric tag <c>timeout</c>).</summary>
    Timeout,

    /// <summary>The circuit breaker skipped the primary after repeated failures (metric tag <c>circuit_open</c>).</summary>
    CircuitOpen,

    /// <summary>The window has too few usable samples, or is empty (metric tag <c>invalid_input</c>).</summary>
    InvalidInput,
}

/// <summary>The answer of <see cref="AlphaAttentionGate.Gate(in SignalWindow)"/>.</summary>
public readonly struct GateResult
{
    internal GateResult(bool open, float alphaPower, float fallbackScore, GatePath path, FallbackReason reason, int missingSamples, TimeSpan latency)
    {
        Open = open;
        AlphaPower = alphaPower;
        FallbackScore = fallbackScore;
        Path = path;
        Reason = reason;
        MissingSamples = missingSamples;
        Latency = latency;
    }

    /// <summary>
    /// Whether the attention gate is open: on the primary path, <see cref="AlphaPower"/> at or above the gate's
    /// threshold; on the fallback path, the HDC classifier's decision (<see cref="FallbackScore"/> above one half).
    /// </summary>
    public bool Open { get; }

    /// <summary>
    /// The alpha band's share of the signal power measured by the primary, 0 to 1, averaged over usable channels.
    /// Only the primary measures it: <see cref="float.NaN"/> on the fallback path.
    /// </summary>
    public float AlphaPower { get; }

    /// <summary>
    /// The HDC fallback's open score, 0 to 1 (how much nearer the window is to the open prototype than to the closed
    /// one; open above one half). It is not a band power. <see cref="float.NaN"/> on the primary path, and for an empty
    /// window, which no classifier reads.
    /// </summary>
    public float FallbackScore { get; }

    /// <summary>Which path answered.</summary>
    public GatePath Path { get; }

    /// <summary>Why the fallback answered; <see cref="FallbackReason.None"/> on the primary path.</summary>
    public FallbackReason Reason { get; }

    /// <summary>How many non-finite samples the primary found and treated as missing (0 when it did not answer).</summary>
    public int MissingSamples { get; }

    /// <summary>The time from entering the gate to its answer, measured with <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public TimeSpan Latency { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Open ? "open" : "closed")} alpha={AlphaPower:0.000} score={FallbackScore:0.000} path={Path} reason={Reason} latency={Latency.TotalMilliseconds:0.000}ms";
}
