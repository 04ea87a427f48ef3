using System;
using System.Diagnostics;
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
/// <para>
/// The slot's whole state is one word, <see cref="_state"/>: the job's sequence number and its phase. Invariants:
/// </para>
/// <list type="number">
/// <item>Only the caller that claimed the slot (Idle to Claimed) starts a job, and a job starts with a new number.</item>
/// <item>Exactly one side frees the slot of a job, decided by one compare-exchange on (number, Running or Waiting):
/// the worker's to Completed (then the caller frees it after reading the answer) or the caller's to Abandoned (then
/// the worker frees it when the primary returns). Whoever loses knows the other side will.</item>
/// <item>The worker signals <see cref="_done"/> only when its exchange took the job from Waiting, which the caller
/// sets before it blocks; and that caller never leaves without taking the signal. So the semaphore never holds a
/// count for a later job, and a caller acts only on its own job's number, never on a wake-up alone.</item>
/// <item>Every job is started by one release of <see cref="_start"/> and taken by one wait of the worker.</item>
/// </list>
/// An abandoned worker frees the slot when (if ever) the primary returns, so a hung primary costs one busy worker,
/// never a blocked caller.
/// </summary>
internal sealed class PrimaryWorker
{
    private const long Idle = 0, Claimed = 1, Running = 2, Waiting = 3, Completed = 4, Abandoned = 5;
    private const int PhaseBits = 3;
    private const long PhaseMask = (1 << PhaseBits) - 1;

    private readonly PrimaryWorkerPool _pool;
    // Semaphores rather than ManualResetEventSlim: that one creates its lock object on the first blocking wait, an
    // allocation inside some later Gate call; a SemaphoreSlim has all it needs from its constructor.
    private readonly SemaphoreSlim _start = new(0, int.MaxValue);
    private readonly SemaphoreSlim _done = new(0, int.MaxValue);
    private long _state;
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

    public bool TryClaim()
    {
        var state = Volatile.Read(ref _state);
        return (state & PhaseMask) == Idle && Interlocked.CompareExchange(ref _state, state | Claimed, state) == state;
    }

    /// <summary>Starts a job in the slot this caller claimed; returns the job's number for <see cref="Await"/>.</summary>
    public long Start(in SignalWindow window)
    {
        _window = window;
        var job = (Volatile.Read(ref _state) >> PhaseBits) + 1;

        // The window is written before the phase that publishes it.
        Volatile.Write(ref _state, State(job, Running));
        _start.Release();
        return job;
    }

    /// <summary>Waits for the job's answer in slices of a constant timeout until it completes or <paramref name="deadline"/> passes.</summary>
    public PrimaryOutcome Await(long job, long deadline, out AlphaEstimate estimate)
    {
        long running = State(job, Running), waiting = State(job, Waiting);
        if (Interlocked.CompareExchange(ref _state, waiting, running) == running)
        {
            _pool.Hooks?.BeforeBlock?.Invoke();
            while (!_done.Wait(PrimaryWorkerPool.WaitSliceMilliseconds))
            {
                if (Stopwatch.GetTimestamp() >= deadline)
                {
                    if (Interlocked.CompareExchange(ref _state, State(job, Abandoned), waiting) == waiting)
                    {
                        estimate = default;
                        return PrimaryOutcome.TimedOut; // the worker frees the slot
                    }

                    // Completed meanwhile: its signal is on its way and must not be left for a later job.
                    while (!_done.Wait(PrimaryWorkerPool.WaitSliceMilliseconds))
                    {
                    }

                    break;
                }
            }
        }

        // Here the job is Completed: the exchange above found it so, or the worker signalled it.
        return Collect(job, deadline, out estimate);
    }

    private PrimaryOutcome Collect(long job, long deadline, out AlphaEstimate estimate)
    {
        // An answer that arrived after the deadline is late however it got there (a slow primary, or a caller the
        // scheduler did not run): the primary path means the primary answered within its timeout.
        estimate = _estimate;
        var outcome = _threw ? PrimaryOutcome.Threw
            : Stopwatch.GetTimestamp() > deadline ? PrimaryOutcome.TimedOut
            : PrimaryOutcome.Answered;
        Free(job);
        return outcome;
    }

    public void Stop()
    {
        _stopping = true;
        _start.Release();
    }

    private void Free(long job)
    {
        Volatile.Write(ref _state, State(job, Idle));
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

            var state = Volatile.Read(ref _state);
            var job = state >> PhaseBits;
            if ((state & PhaseMask) == Abandoned)
            {
                Free(job); // the caller gave up before this thread ran
                continue;
            }

            _pool.Hooks?.BeforeRun?.Invoke();
            try
            {
                var chaos = _pool.Chaos;
                _estimate = chaos is null ? _pool.Backend.Estimate(in _window) : chaos.Run(_pool.Backend, in _window);
                _threw = false;
            }
            catch (Exception)
            {
                // Any failure of the primary is the gate's to judge; the worker must survive it.
                _threw = true;
            }

            _window = default;
            Complete(job);
        }
    }

    /// <summary>The one step that decides who frees the slot: Running or Waiting to Completed, or else it was abandoned.</summary>
    private void Complete(long job)
    {
        long running = State(job, Running), waiting = State(job, Waiting);
        var seen = Interlocked.CompareExchange(ref _state, State(job, Completed), running);
        if (seen == waiting)
        {
            seen = Interlocked.CompareExchange(ref _state, State(job, Completed), waiting);
        }

        if (seen == running)
        {
            _pool.Hooks?.AfterCompleted?.Invoke(); // the caller has not blocked: it finds Completed by itself
        }
        else if (seen == waiting)
        {
            _pool.Hooks?.AfterCompleted?.Invoke();
            _done.Release();
        }
        else
        {
            Free(job); // abandoned: the caller is gone
        }
    }

    private static long State(long job, long phase) => (job << PhaseBits) | phase;
}
