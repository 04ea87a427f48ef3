using System;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>
/// Fault injection for tests and drills, in the spirit of Polly's Simmy: each method makes the gate's primary path
/// misbehave until the returned handle is disposed. The gate must still answer within its budget, from the fallback:
/// <code>using (AttentionChaos.Crash(gate)) Assert.True(gate.Gate(window).Latency &lt; TimeSpan.FromMilliseconds(50));</code>
/// Injections nest: the latest one still installed is the one that runs, and disposing them in any order unwinds them.
/// </summary>
public static class AttentionChaos
{
    /// <summary>The primary throws <see cref="AttentionChaosException"/>.</summary>
    /// <param name="gate">The gate whose primary to break.</param>
    public static IDisposable Crash(AlphaAttentionGate gate) => Install(gate, new ChaosInjection(ChaosKind.Crash, TimeSpan.Zero));

    /// <summary>The primary blocks until the handle is disposed (then it finishes normally).</summary>
    /// <param name="gate">The gate whose primary to hang.</param>
    public static IDisposable Hang(AlphaAttentionGate gate) => Install(gate, new ChaosInjection(ChaosKind.Hang, TimeSpan.Zero));

    /// <summary>The primary sleeps <paramref name="delay"/> before it answers.</summary>
    /// <param name="gate">The gate whose primary to slow.</param>
    /// <param name="delay">The added latency.</param>
    public static IDisposable Delay(AlphaAttentionGate gate, TimeSpan delay)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay is not negative.");
        }

        return Install(gate, new ChaosInjection(ChaosKind.Delay, delay));
    }

    /// <summary>The primary answers a NaN alpha power.</summary>
    /// <param name="gate">The gate whose primary to corrupt.</param>
    public static IDisposable Garbage(AlphaAttentionGate gate) => Install(gate, new ChaosInjection(ChaosKind.Garbage, TimeSpan.Zero));

    private static IDisposable Install(AlphaAttentionGate gate, ChaosInjection injection)
    {
        if (gate is null)
        {
            throw new ArgumentNullException(nameof(gate));
        }

        injection.InstallOn(gate.Workers);
        return injection;
    }
}

/// <summary>The fault <see cref="AttentionChaos.Crash"/> injects.</summary>
public sealed class AttentionChaosException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AttentionChaosException()
        : base("AttentionChaos crashed the primary path.")
    {
    }
}

internal enum ChaosKind
{
    Crash,
    Hang,
    Delay,
    Garbage,
}

/// <summary>One installed fault; runs on the primary's worker thread, never on the caller's.</summary>
internal sealed class ChaosInjection : IDisposable
{
    private readonly ManualResetEventSlim _released = new(false);
    private readonly ChaosKind _kind;
    private readonly TimeSpan _delay;
    private PrimaryWorkerPool? _pool;

    public ChaosInjection(ChaosKind kind, TimeSpan delay)
    {
        _kind = kind;
        _delay = delay;
    }

    public void InstallOn(PrimaryWorkerPool pool)
    {
        _pool = pool;
        pool.Install(this);
    }

    public AlphaEstimate Run(IAttentionBackend backend, in SignalWindow window)
    {
        switch (_kind)
        {
            case ChaosKind.Crash:
                throw new AttentionChaosException();
            case ChaosKind.Hang:
                _released.Wait();
                break;
            case ChaosKind.Delay:
                Thread.Sleep(_delay);
                break;
            case ChaosKind.Garbage:
                return new AlphaEstimate(float.NaN, 0, window.Channels);
        }

        return backend.Estimate(in window);
    }

    public void Dispose()
    {
        _released.Set();
        var pool = Interlocked.Exchange(ref _pool, null);
        pool?.Uninstall(this);
    }
}
