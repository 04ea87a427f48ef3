using System;
using EmilySovereign.Attention;
using Emily.Cognition.Focus;
using Emily.Instinct;
using Emily.NervousSystem.Signals;

namespace Emily;

/// <summary>Runs the three layers together, then a chaos drill, then lists the decisions the code carries out.</summary>
public static class Program
{
    public static int Main()
    {
        using var reflex = new AttentionReflex();
        var tracker = new FocusTracker(reflex, new SignalSource(seed: 42));

        var summary = tracker.Track(windows: 200);
        Console.WriteLine($"{summary.Windows} windows: gate open {summary.Open} times, " +
                          $"{summary.Fallbacks} HDC fallbacks, slowest answer {summary.Slowest.TotalMilliseconds:0.000} ms");

        // The seed's drill: with the primary path crashing, the gate still answers in time.
        using (AttentionChaos.Crash(reflex.Gate))
        {
            var drill = reflex.React(new SignalSource(seed: 7).NextWindow(10));
            Console.WriteLine($"chaos drill (primary crashes): path {drill.Path}, open {drill.Open}, " +
                              $"latency {drill.Latency.TotalMilliseconds:0.000} ms");
            if (drill.Latency >= TimeSpan.FromMilliseconds(50))
                return 1;
        }

        foreach (var adr in Adrs.All)
            Console.WriteLine($"ADR {adr.Number}: {adr.Title} ({adr.Status})");
        return 0;
    }
}
