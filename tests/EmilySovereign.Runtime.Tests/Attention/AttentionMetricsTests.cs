using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

public sealed class AttentionMetricsTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, string? Unit, double Value, string Tag, object? TagValue)> _seen = new();

    public AttentionMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AlphaAttentionGate.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public void Primary_answers_record_latency_in_seconds_tagged_primary()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = true });
        GateResult result = gate.Gate(AttentionGens.Sine(10, 0.5, seed: 1));

        Assert.Contains(_seen, m => m.Instrument == "alpha_attention_latency" && m.Unit == "s" &&
            m.Tag == "path" && (string?)m.TagValue == "primary" && m.Value > 0 && m.Value < 0.05);
        Assert.Equal(GatePath.Primary, result.Path);
    }

    [Theory]
    [InlineData("exception")]
    [InlineData("circuit_open")]
    public void Crashes_count_fallbacks_by_reason(string reason)
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { FailuresToOpenCircuit = 2 });
        SignalWindow window = AttentionGens.Sine(10, 0.5, seed: 2);
        using (AttentionChaos.Crash(gate))
        {
            for (int i = 0; i < 3; i++)
            {
                gate.Gate(window);
            }
        }

        Assert.Contains(_seen, m => m.Instrument == "alpha_attention_fallbacks_total" && m.Tag == "reason" && (string?)m.TagValue == reason && m.Value == 1);
        Assert.Contains(_seen, m => m.Instrument == "alpha_attention_latency" && (string?)m.TagValue == "hdc_fallback");
    }

    [Fact]
    public void Timeouts_and_invalid_input_are_counted_with_their_reasons()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { Budget = TimeSpan.FromMilliseconds(10) });
        using (AttentionChaos.Hang(gate))
        {
            gate.Gate(AttentionGens.Sine(10, 0.5, seed: 3));
        }

        // An empty window is invalid before the primary is asked: a window the primary must judge could time out
        // instead while the worker the hang held is still waiting for a core.
        gate.Gate(default);

        Assert.Contains(_seen, m => m.Instrument == "alpha_attention_fallbacks_total" && (string?)m.TagValue == "timeout");
        Assert.Contains(_seen, m => m.Instrument == "alpha_attention_fallbacks_total" && (string?)m.TagValue == "invalid_input");
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Assert.Equal(1, tags.Length);
        _seen.Enqueue((instrument.Name, instrument.Unit, value, tags[0].Key, tags[0].Value));
    }
}
