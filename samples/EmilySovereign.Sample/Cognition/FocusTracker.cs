using System;
using EmilySovereign;
using EmilySovereign.Attention;
using Emily.Instinct;
using Emily.NervousSystem.Signals;

namespace Emily.Cognition.Focus;

/// <summary>The deliberate path: follows the reflex over many windows and sums up how focused the subject was.</summary>
[Adr(1)]
public sealed class FocusTracker(AttentionReflex reflex, SignalSource source)
{
    public FocusSummary Track(int windows)
    {
        var open = 0;
        var fallbacks = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < windows; i++)
        {
            // Alternate between an alpha rhythm (10 Hz, relaxed attention) and a beta rhythm (20 Hz).
            var result = reflex.React(source.NextWindow(i % 2 == 0 ? 10 : 20));
            open += result.Open ? 1 : 0;
            fallbacks += result.Path == GatePath.HdcFallback ? 1 : 0;
            slowest = result.Latency > slowest ? result.Latency : slowest;
        }

        return new FocusSummary(windows, open, fallbacks, slowest);
    }
}

public readonly record struct FocusSummary(int Windows, int Open, int Fallbacks, TimeSpan Slowest);
