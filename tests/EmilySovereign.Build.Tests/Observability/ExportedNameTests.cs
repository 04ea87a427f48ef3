using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.Http;
using EmilySovereign.Build.Observability;
using EmilySovereign.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>
/// <see cref="ExportedName"/> against the exporter it imitates: OpenTelemetry's Prometheus exporter serves the metrics
/// of the test's own process, and every name the generated queries use must be a series it serves.
/// </summary>
public sealed class ExportedNameTests
{
    public static TheoryData<string, string, string?> Cases() => new()
    {
        { "alpha_attention_latency", "Histogram", "s" },
        { "request_duration_seconds", "Histogram", "s" },
        { "db_time", "Histogram", "ms" },
        { "check_time", "Histogram", "us" },
        { "tick_time", "Histogram", "ns" },
        { "job_age", "Histogram", "min" },
        { "job_wait", "Histogram", "h" },
        { "retention", "Gauge", "d" },
        { "alpha_attention_fallbacks_total", "Counter", null },
        { "requests", "Counter", "{request}" },
        { "io_total", "Counter", "By" },
        { "heap", "Gauge", "By" },
        { "cache_size", "Gauge", "KiBy" },
        { "working_set", "Gauge", "MiBy" },
        { "disk_used", "Gauge", "GiBy" },
        { "archive_size", "Gauge", "TiBy" },
        { "upload_size", "Histogram", "KBy" },
        { "download_size", "Histogram", "MBy" },
        { "volume_size", "Gauge", "GBy" },
        { "lake_size", "Gauge", "TBy" },
        { "b_size", "Gauge", "B" },
        { "kb_size", "Gauge", "KB" },
        { "mb_size", "Gauge", "MB" },
        { "gb_size", "Gauge", "GB" },
        { "tb_size", "Gauge", "TB" },
        { "price", "Gauge", "$" },
        { "distance", "Counter", "m" },
        { "supply", "Gauge", "V" },
        { "draw", "Gauge", "A" },
        { "energy", "Counter", "J" },
        { "power", "Gauge", "W" },
        { "mass", "Gauge", "g" },
        { "temperature", "Gauge", "Cel" },
        { "clock", "Gauge", "Hz" },
        { "usage", "Gauge", "%" },
        { "ratio", "Gauge", "1" },
        { "speed", "Gauge", "m/s" },
        { "throughput", "Counter", "By/s" },
        { "packets", "Counter", "{packet}/s" },
        { "rate_per_minute", "Gauge", "1/min" },
        { "per_hour", "Gauge", "{event}/h" },
        { "daily", "Gauge", "{event}/d" },
        { "per_minute", "Gauge", "{event}/m" },
        { "weekly", "Gauge", "{event}/w" },
        { "monthly", "Gauge", "{event}/mo" },
        { "yearly", "Gauge", "{event}/y" },
        { "annotated", "Gauge", "{thread}By" },
        { "custom_unit", "Gauge", "widgets" },
        { "bad-name", "Gauge", null },
        { "dotted.name", "Counter", "s" },
        { "slash/name", "Histogram", "ms" },
        { "double__underscore", "Gauge", null },
        { "seconds", "Gauge", "s" },
        { "Requests_Total", "Counter", null },
        { "sent_bytes_total", "Counter", "By" },
        { "per_byte", "Gauge", "J/By" },
        { "trailing_slash", "Gauge", "By/" },
        { "only_annotation", "Gauge", "{thing}" },
        { "seconds_spent", "Gauge", "s" },
        { "disk_bytesize", "Gauge", "By" },
        { "response_ms", "Histogram", "ms" },
        { "gauge_bytes_total", "Gauge", "By" },
        { "total_requests", "Counter", null },
        { "xseconds", "Gauge", "s" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exported_name_is_a_series_the_exporter_serves(string name, string kind, string? unit)
    {
        var exported = ExportedName.Of(ObservabilityCatalog.Metric(name, kind, unit));
        var series = Scraped.Value;

        Assert.Contains(kind == "Histogram" ? exported + "_bucket" : exported, series);
    }

    [Fact]
    public void A_name_is_not_taken_for_a_served_series_by_prefix()
    {
        // The check above would pass for any name if the scrape were read wrongly: a name the exporter does not serve
        // is not found.
        Assert.DoesNotContain("alpha_attention_latency", Scraped.Value);
        Assert.DoesNotContain("requests", Scraped.Value);
    }

    // One exporter for every case: each instrument records once, then /metrics is read once.
    private static readonly Lazy<ISet<string>> Scraped = new(Scrape);

    private static ISet<string> Scrape()
    {
        var port = LocalPort.Free();
        var meter = new Meter("EmilySovereign.Build.Tests.ExportedNames");
        using var provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(meter.Name)
            .AddPrometheusHttpListener(o => { o.Host = "localhost"; o.Port = port; })
            .Build();
        foreach (var row in Cases())
        {
            var (name, kind, unit) = ((string)row[0], (string)row[1], (string?)row[2]);
            switch (kind)
            {
                case "Counter":
                    meter.CreateCounter<long>(name, unit).Add(1);
                    break;
                case "Histogram":
                    meter.CreateHistogram<double>(name, unit).Record(1);
                    break;
                default:
                    meter.CreateGauge<long>(name, unit).Record(1);
                    break;
            }
        }

        using var http = new HttpClient();
        var text = http.GetStringAsync($"http://localhost:{port}/metrics").GetAwaiter().GetResult();
        meter.Dispose();
        return text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Substring(0, line.IndexOfAny(new[] { '{', ' ' })))
            .ToHashSet(StringComparer.Ordinal);
    }
}
