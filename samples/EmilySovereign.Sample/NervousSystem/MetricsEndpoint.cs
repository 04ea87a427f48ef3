using System;
using EmilySovereign.Attention;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Emily.NervousSystem;

/// <summary>
/// Serves the sample's metrics and the attention gate's at <c>http://localhost:PORT/metrics</c> in Prometheus' text
/// format, through OpenTelemetry's Prometheus exporter; disposing it stops the listener.
/// </summary>
public sealed class MetricsEndpoint : IDisposable
{
    private readonly MeterProvider _provider;

    private MetricsEndpoint(MeterProvider provider, Uri address)
    {
        _provider = provider;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts listening on <paramref name="port"/>; throws if the port cannot be bound.</summary>
    public static MetricsEndpoint Start(int port)
    {
        var provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(MetricsCatalog.MeterName, AlphaAttentionGate.MeterName)
            .AddPrometheusHttpListener(o => { o.Host = "localhost"; o.Port = port; })
            .Build();
        return new MetricsEndpoint(provider, new Uri($"http://localhost:{port}/metrics"));
    }

    public void Dispose() => _provider.Dispose();
}
