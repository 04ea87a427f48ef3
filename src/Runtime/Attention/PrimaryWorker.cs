using System;
using System.Threading;

namespace EmilySovereign.Attention;

/// <summary>How a call to the primary ended.</summary>
internal enum PrimaryOutcome
{
    Answered,
    Threw,
    TimedOut,
}

/// <summary>
/// One long-lived background thread that runs the primary for one job at a time from a pre-allocated slot (ADR 12).
/// The caller and this thread race on <see cref="_state"/>: the worker moves Running to Completed, a caller whose wait
/// ran out moves Running to Abandoned; whoever loses knows the other side is gone. An abandoned worker frees itself
/// when (if ever) the primary returns, so a hung primary costs one busy worker, never a blocked caller.
/// Both sides spin briefly before they block (ADR 14): waking a blocked thread costs tens of microseconds, several
/// times the primary itself. A side that blocks says so in a flag first (<see cref="_workerBlocked"/>,
/// <see cref="_callerBlocked"/>), and the other side releases the semaphore only when it takes that flag back, so a
/// semaphore never keeps a count for a signal that was seen while spinning.
/// </summary>
internal sealed class PrimaryWorker
{
    private const int Idle = 0, Running = 1, Completed = 2, Abandoned = 3;

    private readonly PrimaryWorkerPool _pool;
    // Semaphores rather than ManualResetEventSlim: that one creates its lock object on the first blocking wait, an
    // allocation inside some later Gate call; a SemaphoreSlim has all it needs from its constructor.
    private readonly SemaphoreSlim _start = new(0, int.MaxValue);
    private readonly SemaphoreSlim _done = new(0, int.MaxValue);
    private int _state;
    private int _claimed;
    private int _workerBlocked;
    private int _callerBlocked;
    private volatile bool _stopping;
    private SignalWindow _window;
    private AlphaEstimate _estimate;
    private bool _threw;

    public PrimaryWorker(PrimaryWorkerPool pool, int index)
    {
        _pool = pool;
        var thread = new Thread(Loop) { IsBackground = true, Name = $"EmilySovereign.Attention primary {index}" };
        thread.Start();
    }

    public bool TryClaim() => Interlocked.CompareExchange(ref _claimed, 1, 0) == 0;

    public void Start(in SignalWindow window)
    {
        _window = window;
        _callerBlocked = 0;

        // The exchange is a full fence: either the worker sees Running before it blocks, or this sees its flag.
        Volatile.Write(ref _state, Running);
        if (Interlocked.Exchange(ref _workerBlocked, 0) == 1)
        {
            _start.Release();
        }
    }

    /// <summary>
    /// Spins until the job completes, at most <paramref name="spinUntil"/>, then waits in slices of a constant timeout
    /// until it completes or <paramref name="deadline"/> passes.
    /// </summary>
    public PrimaryOutcome Await(long spinUntil, long deadline, out AlphaEstimate estimate)
    {
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _state) == Running && System.Diagnostics.Stopwatch.GetTimestamp() < spinUntil)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        if (Volatile.Read(ref _state) == Running)
        {
            Interlocked.Exchange(ref _callerBlocked, 1);
            if (Volatile.Read(ref _state) != Running && Interlocked.Exchange(ref _callerBlocked, 0) == 1)
            {
                // Completed between the check and the flag, and the worker did not see the flag: no release comes.
                return Collect(deadline, out estimate);
            }

            while (!_done.Wait(PrimaryWorkerPool.WaitSliceMilliseconds))
            {
                if (System.Diagnostics.Stopwatch.GetTimestamp() >= deadline &&
                    Interlocked.CompareExchange(ref _state, Abandoned, Running) == Running)
                {
                    estimate = default;
                    return PrimaryOutcome.TimedOut;
                }
            }
        }

        return Collect(deadline, out estimate);
    }

    private PrimaryOutcome Collect(long deadline, out AlphaEstimate estimate)
    {
        // An answer that arrived after the deadline is late however it got there (a slow primary, or a caller the
        // scheduler did not run): the primary path means the primary answered within its timeout.
        estimate = _estimate;
        PrimaryOutcome outcome = _threw ? PrimaryOutcome.Threw
            : System.Diagnostics.Stopwatch.GetTimestamp() > deadline ? PrimaryOutcome.TimedOut
            : PrimaryOutcome.Answered;
        Release();
        return outcome;
    }

    public void Stop()
    {
        _stopping = true;
        if (Interlocked.Exchange(ref _workerBlocked, 0) == 1)
        {
            _start.Release();
        }
    }

    private void Release()
    {
        Volatile.Write(ref _state, Idle);
        Volatile.Write(ref _claimed, 0);
        _pool.Released();
    }

    private void Loop()
    {
        while (true)
        {
            WaitForJob();
            if (_stopping)
            {
                return;
            }

            try
            {
                ChaosInjection? chaos = _pool.Chaos;
                _estimate = chaos is null ? _pool.Backend.Estimate(in _window) : chaos.Run(_pool.Backend, in _window);
                _threw = false;
            }
            catch (Exception)
            {
                // Any failure of the primary is the gate's to judge; the worker must survive it.
                _threw = true;
            }

            _window = default;
            if (Interlocked.CompareExchange(ref _state, Completed, Running) == Running)
            {
                // A caller that spun sees Completed by itself; only one that blocked needs the semaphore.
                if (Interlocked.Exchange(ref _callerBlocked, 0) == 1)
                {
                    _done.Release();
                }
            }
            else
            {
                Release();
            }
        }
    }

    /// <summary>
    /// Spins up to <see cref="PrimaryWorkerPool.WorkerSpinTicks"/> for the next job, yielding the core on every
    /// spin past the first few, then blocks on the start semaphore.
    /// </summary>
    private void WaitForJob()
    {
        long spinUntil = System.Diagnostics.Stopwatch.GetTimestamp() + _pool.WorkerSpinTicks;
        var spinner = default(SpinWait);
        while (!HasWork() && System.Diagnostics.Stopwatch.GetTimestamp() < spinUntil)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        if (HasWork())
        {
            return;
        }

        Interlocked.Exchange(ref _workerBlocked, 1);
        if (HasWork() && Interlocked.Exchange(ref _workerBlocked, 0) == 1)
        {
            // The job (or the stop) came between the check and the flag, and its sender did not see the flag.
            return;
        }

        _start.Wait();
    }

    private bool HasWork() => Volatile.Read(ref _state) == Running || _stopping;
}
