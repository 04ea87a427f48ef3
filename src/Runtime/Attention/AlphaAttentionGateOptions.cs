using System;

namespace EmilySovereign.Attention;

/// <summary>Configures an <see cref="AlphaAttentionGate"/>; every property has a documented default.</summary>
public sealed class AlphaAttentionGateOptions
{
    /// <summary>The ceiling of <see cref="Budget"/>: the <c>[LatencyBudget(50)]</c> that callers are checked against.</summary>
    public const double MaxBudgetMilliseconds = 50;

    /// <summary>The default of <see cref="OpenThreshold"/>.</summary>
    public const float DefaultOpenThreshold = 0.3f;

    /// <summary>The time within which the gate answers. Default 50 ms; at most <see cref="MaxBudgetMilliseconds"/>,
    /// at least 2 ms: options may tighten the static budget, never loosen it.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromMilliseconds(MaxBudgetMilliseconds);

    /// <summary>How long the gate waits for the primary before answering from the fallback. Default: half the
    /// budget, leaving the other half for the fallback and for a busy scheduler. Must be below the budget less 1 ms.</summary>
    public TimeSpan? PrimaryTimeout { get; set; }

    /// <summary>The alpha power at and above which the gate is open. Default 0.3 (30 % of the non-DC power in 8–12 Hz).</summary>
    public float OpenThreshold { get; set; } = DefaultOpenThreshold;

    /// <summary>The share of non-finite samples above which the primary's answer is not trusted
    /// (fallback reason <see cref="FallbackReason.InvalidInput"/>). Default 0.5.</summary>
    public double MaxMissingFraction { get; set; } = 0.5;

    /// <summary>Consecutive primary failures that open the circuit. Default 5.</summary>
    public int FailuresToOpenCircuit { get; set; } = 5;

    /// <summary>How long an open circuit skips the primary before one probe. Default 1 s.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Worker threads that run the primary (the most concurrent primary calls). Default 1: an abandoned
    /// primary that keeps computing then takes at most one core from the callers waiting for their answers.</summary>
    public int PrimaryWorkers { get; set; } = 1;

    /// <summary>
    /// Where the primary runs. <see langword="null"/> (the default): on the caller's thread when it is the built-in
    /// <see cref="AlphaBandBackend"/>, which is bounded computation on a validated window and cannot hang; on a worker
    /// thread for any other <see cref="IAttentionBackend"/>. <see langword="true"/>: always on the caller's thread,
    /// which saves the hand-off between threads (two thread wake-ups, tens of microseconds) but cannot abandon a primary
    /// that hangs: only for primaries that are bounded computation. <see langword="false"/>: always on a worker, which
    /// abandons a primary still running at <see cref="PrimaryTimeout"/>. On every path a throw, garbage or a late answer
    /// falls back, and while an <see cref="AttentionChaos"/> injection is installed the primary runs on a worker (ADR 12).
    /// </summary>
    public bool? RunPrimaryInline { get; set; }

    /// <summary>The primary path. Default: a new <see cref="AlphaBandBackend"/> (8–12 Hz).</summary>
    public IAttentionBackend? Primary { get; set; }

    /// <summary>The fallback. Default: <see cref="HdcClassifier.Default"/>, or one trained on the same synthetic
    /// windows at <see cref="OpenThreshold"/> when the threshold is not the default. Both are trained for the 8–12 Hz
    /// band: a gate whose <see cref="Primary"/> is an <see cref="AlphaBandBackend"/> of another band must be given its
    /// own fallback (<see cref="HdcClassifier.Train"/>), or its constructor throws.</summary>
    public HdcClassifier? Fallback { get; set; }

    internal TimeSpan EffectivePrimaryTimeout => PrimaryTimeout ?? TimeSpan.FromTicks(Budget.Ticks / 2);

    internal void Validate()
    {
        if (!(Budget >= TimeSpan.FromMilliseconds(2) && Budget <= TimeSpan.FromMilliseconds(MaxBudgetMilliseconds)))
        {
            throw new ArgumentOutOfRangeException(nameof(Budget), Budget, $"The budget is 2 to {MaxBudgetMilliseconds} ms.");
        }

        var timeout = EffectivePrimaryTimeout;
        if (timeout <= TimeSpan.Zero || timeout > Budget - TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(PrimaryTimeout), timeout, "The primary's timeout is positive and at least 1 ms below the budget.");
        }

        if (!float.IsFinite(OpenThreshold) || OpenThreshold < 0 || OpenThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(OpenThreshold), OpenThreshold, "The threshold is 0 to 1.");
        }

        if (!(MaxMissingFraction >= 0 && MaxMissingFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMissingFraction), MaxMissingFraction, "The fraction is 0 to 1.");
        }

        if (FailuresToOpenCircuit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FailuresToOpenCircuit), FailuresToOpenCircuit, "At least one failure opens the circuit.");
        }

        if (CircuitBreakDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CircuitBreakDuration), CircuitBreakDuration, "The break is positive.");
        }

        if (PrimaryWorkers < 1 || PrimaryWorkers > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(PrimaryWorkers), PrimaryWorkers, "1 to 64 workers.");
        }
    }
}
