using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>A MeterListener on one meter that keeps every measurement with its instrument and tags.</summary>
internal sealed class RecordingListener : IDisposable
{
    private readonly MeterListener _listener = new();

    public RecordingListener(string meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meter)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Add(i, v, tags));
        _listener.Start();
    }

    public ConcurrentQueue<(Instrument Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Seen { get; } = new();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Seen.Enqueue((instrument, value, tags.ToArray()));
}
