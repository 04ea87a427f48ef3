using System.Collections.Generic;
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

    private readonly PrimaryWorker[] _workers;
    private readonly SemaphoreSlim _free;
    // Installed injections in the order they were installed; the last one still installed runs. Installing and removing
    // are rare (tests and drills) and take the lock; the hot path reads only _chaos.
    private readonly List<ChaosInjection> _installed = new();
    private volatile ChaosInjection? _chaos;

    public PrimaryWorkerPool(IAttentionBackend backend, int workers)
    {
        Backend = backend;
        _free = new SemaphoreSlim(workers, workers);
        _workers = new PrimaryWorker[workers];
        for (var i = 0; i < workers; i++)
        {
            _workers[i] = new PrimaryWorker(this, i);
        }
    }

    public IAttentionBackend Backend { get; }

    public ChaosInjection? Chaos => _chaos;

    /// <summary>Test hooks in the hand-off; null in production.</summary>
    public HandOffTestHooks? Hooks { get; set; }

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
        var worker = _workers[0];
        for (var i = 0; !(worker = _workers[i]).TryClaim(); i = (i + 1) % _workers.Length)
        {
        }

        var job = worker.Start(in window);
        Hooks?.BeforeAwait?.Invoke();
        return worker.Await(job, deadline, out estimate);
    }

    public void Released() => _free.Release();

    public void Install(ChaosInjection chaos)
    {
        lock (_installed)
        {
            _installed.Add(chaos);
            _chaos = chaos;
        }
    }

    /// <summary>Removes an injection wherever it is, so nested injections unwind in any order.</summary>
    public void Uninstall(ChaosInjection chaos)
    {
        lock (_installed)
        {
            _installed.Remove(chaos);
            _chaos = _installed.Count == 0 ? null : _installed[^1];
        }
    }

    public void Stop()
    {
        foreach (var worker in _workers)
        {
            worker.Stop();
        }
    }
}
