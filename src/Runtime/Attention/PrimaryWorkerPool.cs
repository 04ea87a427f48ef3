using System;
using System.Diagnostics;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>
/// The gate's primary workers and the count of free ones. A caller waits for a free worker and then for its answer,
/// both in slices of <see cref="WaitSliceMilliseconds"/> checked against one deadline, so no wait outlives the
/// primary's share of the budget by more than a slice and every wait has a constant, bounded timeout (ES2002).
/// </summary>
internal sealed class PrimaryWorkerPool
{
    /// <summary>The constant timeout of every wait on the caller's side.</summary>
    public const int WaitSliceMilliseconds = 1;

    /// <summary>How long a caller spins for the answer before it blocks: a few times the primary's usual time.</summary>
    public static readonly TimeSpan DefaultCallerSpin = TimeSpan.FromMicroseconds(100);

    /// <summary>How long a worker spins for its next job before it blocks.</summary>
    public static readonly TimeSpan DefaultWorkerSpin = TimeSpan.FromMicroseconds(200);

    private readonly PrimaryWorker[] _workers;
    private readonly SemaphoreSlim _free;
    private volatile ChaosInjection? _chaos;

    public PrimaryWorkerPool(IAttentionBackend backend, int workers, bool spin)
    {
        Backend = backend;
        CallerSpinTicks = spin ? (long)(DefaultCallerSpin.TotalSeconds * Stopwatch.Frequency) : 0;
        WorkerSpinTicks = spin ? (long)(DefaultWorkerSpin.TotalSeconds * Stopwatch.Frequency) : 0;
        _free = new SemaphoreSlim(workers, workers);
        _workers = new PrimaryWorker[workers];
        for (int i = 0; i < workers; i++)
        {
            _workers[i] = new PrimaryWorker(this, i);
        }
    }

    public IAttentionBackend Backend { get; }

    /// <summary>Stopwatch ticks a caller spins for the answer before it blocks (0: it blocks at once).</summary>
    public long CallerSpinTicks { get; }

    /// <summary>Stopwatch ticks a worker spins for its next job before it blocks (0: it blocks at once).</summary>
    public long WorkerSpinTicks { get; }

    public ChaosInjection? Chaos => _chaos;

    public PrimaryOutcome Run(in SignalWindow window, long deadline, out AlphaEstimate estimate)
    {
        while (!_free.Wait(WaitSliceMilliseconds))
        {
            if (Stopwatch.GetTimestamp() >= deadline)
            {
                estimate = default;
                return PrimaryOutcome.TimedOut;
            }
        }

        // The semaphore's count guarantees a free worker; the scan only finds which one.
        PrimaryWorker worker = _workers[0];
        for (int i = 0; !(worker = _workers[i]).TryClaim(); i = (i + 1) % _workers.Length)
        {
        }

        worker.Start(in window);
        long spinUntil = Math.Min(deadline, Stopwatch.GetTimestamp() + CallerSpinTicks);
        return worker.Await(spinUntil, deadline, out estimate);
    }

    public void Released() => _free.Release();

    public bool TryInstall(ChaosInjection? expected, ChaosInjection? chaos) =>
        Interlocked.CompareExchange(ref _chaos, chaos, expected) == expected;

    public void Stop()
    {
        foreach (PrimaryWorker worker in _workers)
        {
            worker.Stop();
        }
    }
}
