using System;
using System.Globalization;
using System.IO;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// How long the calling thread has waited, runnable, for a processor: the second field of Linux's per-thread
/// <c>/proc/thread-self/schedstat</c> (run_delay, in nanoseconds). A budget check subtracts what this grew by during a
/// call: that time is the operating system's doing on a crowded machine, not the gate's. Time the thread spent asleep
/// (a primary that sleeps, a wait for the timeout) is not in it, so a gate late by its own doing stays late. Zero where
/// the kernel does not say (other systems): then nothing is forgiven.
/// </summary>
internal static class RunQueueClock
{
    private const string Path = "/proc/thread-self/schedstat";

    public static bool Available { get; } = File.Exists(Path);

    public static TimeSpan Waited()
    {
        if (!Available)
        {
            return TimeSpan.Zero;
        }

        string[] fields = File.ReadAllText(Path).Split(' ');
        return TimeSpan.FromTicks(long.Parse(fields[1], CultureInfo.InvariantCulture) / 100);
    }
}
