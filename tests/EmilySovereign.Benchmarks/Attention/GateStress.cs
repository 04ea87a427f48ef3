using System;
using System.Diagnostics;
using System.Threading;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The long chaos drill the test suite is too short for: <c>dotnet run -c Release --project tests/EmilySovereign.Benchmarks
/// -- gate-stress 1000000</c> runs that many trials per fault kind (none, crash, garbage, hang, delay past the timeout),
/// each from two callers at once on windows of known alpha power, and prints per kind the answers within budget, the
/// crossed answers (a primary answer that is not its own window's, must be 0) and the exceptions (must be 0; an
/// unhandled one on a worker ends the process, with a non-zero exit code).
/// </summary>
internal static class GateStress
{
    private const int Callers = 2;

    public static int Run(long trialsPerKind)
    {
        long unhandled = 0;
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Interlocked.Increment(ref unhandled);
            Console.Error.WriteLine($"unhandled: {e.ExceptionObject}");
        };

        var windows = new SignalWindow[8];
        var expected = new float[windows.Length];
        var backend = new AlphaBandBackend();
        for (int i = 0; i < windows.Length; i++)
        {
            int channels = 8, samples = 256;
            windows[i] = new SignalWindow(SyntheticEeg.Samples(new Random(100 + i), channels, samples, 256, 4 + (2.5 * i), 1, 0.5), channels, 256);
            expected[i] = backend.Estimate(in windows[i]).AlphaPower;
        }

        Console.WriteLine($"{trialsPerKind} trials per fault kind, {Callers} callers, 50 ms budget, 30 ms circuit break");
        Console.WriteLine("kind      trials   within budget  late  max latency ms  primary  crossed  exceptions");
        bool clean = true;
        foreach (string kind in new[] { "none", "crash", "garbage", "hang", "delay" })
        {
            // On a worker even without a fault: the drill is of the hand-off, which the built-in primary skips by default.
            using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { CircuitBreakDuration = TimeSpan.FromMilliseconds(30), RunPrimaryInline = false });
            using IDisposable? chaos = kind switch
            {
                "crash" => AttentionChaos.Crash(gate),
                "garbage" => AttentionChaos.Garbage(gate),
                "hang" => AttentionChaos.Hang(gate),
                "delay" => AttentionChaos.Delay(gate, TimeSpan.FromMilliseconds(40)),
                _ => null,
            };

            long next = -1, within = 0, late = 0, primary = 0, crossed = 0, exceptions = 0, maxTicks = 0;
            var threads = new Thread[Callers];
            for (int t = 0; t < Callers; t++)
            {
                threads[t] = new Thread(() =>
                {
                    long n;
                    while ((n = Interlocked.Increment(ref next)) < trialsPerKind)
                    {
                        int index = (int)(n % windows.Length);
                        try
                        {
                            GateResult result = gate.Gate(in windows[index]);
                            Interlocked.Increment(ref result.Latency < gate.Budget ? ref within : ref late);
                            long ticks = result.Latency.Ticks, seen;
                            while (ticks > (seen = Volatile.Read(ref maxTicks)) && Interlocked.CompareExchange(ref maxTicks, ticks, seen) != seen)
                            {
                            }

                            if (result.Path == GatePath.Primary)
                            {
                                Interlocked.Increment(ref primary);
                                if (BitConverter.SingleToInt32Bits(result.AlphaPower) != BitConverter.SingleToInt32Bits(expected[index]))
                                {
                                    Interlocked.Increment(ref crossed);
                                }
                            }
                        }
                        catch (Exception)
                        {
                            Interlocked.Increment(ref exceptions);
                        }
                    }
                });
                threads[t].Start();
            }

            var elapsed = Stopwatch.StartNew();
            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            clean &= crossed == 0 && exceptions == 0;
            Console.WriteLine(
                $"{kind,-8} {trialsPerKind,8} {within,15} {late,5} {TimeSpan.FromTicks(maxTicks).TotalMilliseconds,15:0.000} {primary,8} {crossed,8} {exceptions,11}   ({elapsed.Elapsed.TotalSeconds:0.0} s)");
        }

        Console.WriteLine($"unhandled exceptions: {Interlocked.Read(ref unhandled)}");
        return clean && Interlocked.Read(ref unhandled) == 0 ? 0 : 1;
    }
}
