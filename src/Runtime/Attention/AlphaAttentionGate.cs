using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace EmilySovereign.Attention;

/// <summary>
/// The attention gate: opens when a window's alpha-band power reaches the threshold, and always answers within its
/// budget. The built-in primary (<see cref="AlphaBandBackend"/>) runs on the caller's thread; any other
/// <see cref="IAttentionBackend"/>, and any primary while an <see cref="AttentionChaos"/> injection is installed, runs on
/// the gate's worker threads and is abandoned at its timeout (<see cref="AlphaAttentionGateOptions.RunPrimaryInline"/>).
/// A primary that throws, answers garbage or is late is not trusted; a circuit breaker skips it after repeated
/// failures; the answer then comes from the HDC fallback (<see cref="HdcClassifier"/>). Thread-safe; a call allocates nothing in steady state.
/// After <see cref="Dispose"/>, <see cref="Gate(in SignalWindow)"/> throws <see cref="ObjectDisposedException"/>.
/// </summary>
[Adr(12)]
[Adr(13)]
public sealed class AlphaAttentionGate : IDisposable
{
    /// <summary>The meter the gate's metrics are on.</summary>
    public const string MeterName = AttentionMetrics.MeterName;

    private readonly IAttentionBackend _primary;
    private readonly bool _inline;
    private readonly HdcClassifier _fallback;
    private readonly CircuitBreaker _breaker;
    private readonly float _threshold;
    private readonly double _maxMissingFraction;
    private readonly long _primaryTimeoutTicks;
    private volatile bool _disposed;

    /// <summary>Creates a gate with the defaults of <see cref="AlphaAttentionGateOptions"/>.</summary>
    public AlphaAttentionGate()
        : this(new AlphaAttentionGateOptions())
    {
    }

    /// <summary>Creates a gate configured by <paramref name="options"/> (read once, here).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The primary is an <see cref="AlphaBandBackend"/> of a band other than 8–12 Hz
    /// and no <see cref="AlphaAttentionGateOptions.Fallback"/> is given: the default fallback answers for 8–12 Hz.</exception>
    public AlphaAttentionGate(AlphaAttentionGateOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        var primary = options.Primary ?? new AlphaBandBackend();
        if (options.Fallback is null && primary is AlphaBandBackend band &&
            (band.LowHz != AlphaBandBackend.DefaultLowHz || band.HighHz != AlphaBandBackend.DefaultHighHz))
        {
            // The fallback's features are the autocorrelation at one and half an alpha period (HdcFeatures): trained for
            // 8–12 Hz, it would answer a different question than the primary.
            throw new ArgumentException(
                $"The primary measures {band.LowHz}–{band.HighHz} Hz but the default fallback is trained for " +
                $"{AlphaBandBackend.DefaultLowHz}–{AlphaBandBackend.DefaultHighHz} Hz; set {nameof(AlphaAttentionGateOptions.Fallback)} " +
                "to a classifier trained for this band (HdcClassifier.Train).",
                nameof(options));
        }

        _primary = primary;
        // The built-in kernel is bounded computation on a validated window: nothing to abandon, so no hand-off.
        _inline = options.RunPrimaryInline ?? primary is AlphaBandBackend;
        _fallback = options.Fallback ?? (options.OpenThreshold == AlphaAttentionGateOptions.DefaultOpenThreshold
            ? HdcClassifier.Default
            : HdcClassifier.TrainOnSynthetic(new AlphaBandBackend(), options.OpenThreshold, seed: 1));
        _threshold = options.OpenThreshold;
        _maxMissingFraction = options.MaxMissingFraction;
        Budget = options.Budget;
        PrimaryTimeout = options.EffectivePrimaryTimeout;
        _primaryTimeoutTicks = ToStopwatchTicks(PrimaryTimeout);
        _breaker = new CircuitBreaker(options.FailuresToOpenCircuit, ToStopwatchTicks(options.CircuitBreakDuration));
        Workers = new PrimaryWorkerPool(primary, options.PrimaryWorkers);
    }

    /// <summary>Stops the worker threads of a gate that was never disposed.</summary>
    ~AlphaAttentionGate() => Workers?.Stop(); // null when the constructor threw before creating them

    /// <summary>The time within which <see cref="Gate(in SignalWindow)"/> answers.</summary>
    public TimeSpan Budget { get; }

    /// <summary>The circuit breaker's current state.</summary>
    public CircuitState CircuitState => _breaker.State;

    internal PrimaryWorkerPool Workers { get; }

    /// <summary>How long the primary may take before the fallback answers (tests judge timeouts against it).</summary>
    internal TimeSpan PrimaryTimeout { get; }

    /// <summary>Whether the primary runs on the caller's thread while no chaos injection is installed.</summary>
    internal bool RunsPrimaryInline => _inline;

    /// <summary>
    /// Decides whether the gate is open for <paramref name="window"/>; answers within <see cref="Budget"/> and throws
    /// only when the gate is disposed.
    /// </summary>
    /// <param name="window">The window; an empty (default) window answers closed with reason <see cref="FallbackReason.InvalidInput"/>.</param>
    /// <exception cref="ObjectDisposedException">The gate is disposed: its workers are stopped.</exception>
    [LatencyBudget(50)]
    public GateResult Gate(in SignalWindow window)
    {
        var start = Stopwatch.GetTimestamp();
        if (_disposed)
        {
            ThrowDisposed();
        }

        if (window.IsEmpty)
        {
            return Finish(start, open: false, float.NaN, float.NaN, GatePath.HdcFallback, FallbackReason.InvalidInput, missing: 0);
        }

        var reason = FallbackReason.CircuitOpen;
        var missing = 0;
        if (_breaker.TryEnter(start, out var probe))
        {
            AlphaEstimate estimate;
            var outcome = _inline && Workers.Chaos is null
                ? RunInline(in window, start, out estimate)
                : Workers.Run(in window, start + _primaryTimeoutTicks, out estimate);
            reason = Judge(outcome, in estimate, in window);
            if (reason is FallbackReason.None or FallbackReason.InvalidInput)
            {
                _breaker.Success(probe);
                missing = estimate.MissingSamples;
            }
            else
            {
                _breaker.Failure(Stopwatch.GetTimestamp(), probe);
            }

            if (reason == FallbackReason.None)
            {
                var power = estimate.AlphaPower;
                return Finish(start, power >= _threshold, power, float.NaN, GatePath.Primary, reason, missing);
            }
        }

        var decision = _fallback.Classify(in window);
        return Finish(start, decision.Open, float.NaN, decision.Score, GatePath.HdcFallback, reason, missing);
    }

    /// <summary>
    /// <see cref="Gate(in SignalWindow)"/> for async callers. It completes synchronously: the gate's longest wait is
    /// bounded by its budget, and a truly asynchronous wait would cost a timer and a task per call (ADR 12).
    /// </summary>
    /// <param name="window">The window.</param>
    /// <param name="cancellationToken">Cancels before the gate starts; the gate itself is never cancelled midway.</param>
    /// <exception cref="ObjectDisposedException">The gate is disposed (thrown by this call, not through the task).</exception>
    [LatencyBudget(50)]
    public ValueTask<GateResult> GateAsync(SignalWindow window, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<GateResult>(cancellationToken)
            : new ValueTask<GateResult>(Gate(in window));

    /// <summary>
    /// Stops the worker threads; a primary that is hung keeps its thread until it returns. Later calls throw
    /// <see cref="ObjectDisposedException"/>; a call already inside the gate may answer from the fallback.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        Workers.Stop();
        GC.SuppressFinalize(this);
    }

    private PrimaryOutcome RunInline(in SignalWindow window, long start, out AlphaEstimate estimate)
    {
        try
        {
            estimate = _primary.Estimate(in window);
        }
        catch (Exception)
        {
            // The same as on a worker: any failure of the primary is judged, never propagated.
            estimate = default;
            return PrimaryOutcome.Threw;
        }

        return Stopwatch.GetTimestamp() - start > _primaryTimeoutTicks ? PrimaryOutcome.TimedOut : PrimaryOutcome.Answered;
    }

    private FallbackReason Judge(PrimaryOutcome outcome, in AlphaEstimate estimate, in SignalWindow window)
    {
        switch (outcome)
        {
            case PrimaryOutcome.TimedOut:
                return FallbackReason.Timeout;
            case PrimaryOutcome.Threw:
                return FallbackReason.Exception;
        }

        var power = estimate.AlphaPower;
        if (!(power >= 0f && power <= 1f))
        {
            return FallbackReason.Exception;
        }

        var total = (long)window.Channels * window.SamplesPerChannel;
        return estimate.UsableChannels == 0 || estimate.MissingSamples > _maxMissingFraction * total
            ? FallbackReason.InvalidInput
            : FallbackReason.None;
    }

    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(AlphaAttentionGate));

    private static GateResult Finish(long start, bool open, float alphaPower, float fallbackScore, GatePath path, FallbackReason reason, int missing)
    {
        var latency = Stopwatch.GetElapsedTime(start);
        AttentionMetrics.RecordLatency(latency.TotalSeconds, path);
        if (reason != FallbackReason.None)
        {
            AttentionMetrics.AddFallback(1, reason);
        }

        return new GateResult(open, alphaPower, fallbackScore, path, reason, missing, latency);
    }

    private static long ToStopwatchTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
