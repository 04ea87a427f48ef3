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
        Volatile.Write(ref _state, Running);
        _start.Release();
    }

    /// <summary>Waits in slices of a constant timeout until the job completes or <paramref name="deadline"/> passes.</summary>
    public PrimaryOutcome Await(long deadline, out AlphaEstimate estimate)
    {
        while (!_done.Wait(PrimaryWorkerPool.WaitSliceMilliseconds))
        {
            if (System.Diagnostics.Stopwatch.GetTimestamp() >= deadline &&
                Interlocked.CompareExchange(ref _state, Abandoned, Running) == Running)
            {
                estimate = default;
                return PrimaryOutcome.TimedOut;
            }
        }

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
        _start.Release();
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
            _start.Wait();
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
                _done.Release();
            }
            else
            {
                Release();
            }
        }
    }
}
