using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>
/// Through the packed package: a consumer records through generated methods, serves them with OpenTelemetry's
/// Prometheus exporter and scrapes its own <c>/metrics</c> over HTTP; every series the generated alert rules query is
/// among the scraped ones.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class MetricsEndToEndTests(PackageFixture fixture)
{
    private const string Program = """
        using System;
        using System.IO;
        using System.Threading;
        using EmilySovereign;
        using EmilySovereign.Metrics;
        using OpenTelemetry;
        using OpenTelemetry.Metrics;

        namespace Consumer;

        public enum GatePath { Primary, HdcFallback }

        public static partial class GateMetrics
        {
            [Histogram("gate_latency", Unit = "s", Description = "Gate latency.")]
            [LatencyBudget(20)]
            public static partial void RecordLatency(double seconds, GatePath path);

            [Counter("gate_fallbacks_total", Description = "Fallback answers.")]
            public static partial void AddFallback(long count, string reason);
        }

        public static class Program
        {
            public static void Main(string[] args)
            {
                using var provider = Sdk.CreateMeterProviderBuilder()
                    .AddMeter(MetricsCatalog.MeterNames)
                    .AddPrometheusHttpListener(o => { o.Host = "localhost"; o.Port = int.Parse(args[0]); })
                    .Build();
                GateMetrics.RecordLatency(0.0003, GatePath.Primary);
                GateMetrics.RecordLatency(0.030, GatePath.HdcFallback);
                GateMetrics.AddFallback(2, "timeout");
                foreach (var metric in MetricsCatalog.All)
                    Console.WriteLine($"catalog|{metric.Name}|{metric.Kind}|{metric.Meter}|{metric.LatencyBudgetMilliseconds}");
                using var http = new System.Net.Http.HttpClient();
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        Console.WriteLine(http.GetStringAsync($"http://localhost:{args[0]}/metrics").GetAwaiter().GetResult());
                        break;
                    }
                    catch (System.Net.Http.HttpRequestException) when (attempt < 60)
                    {
                        Thread.Sleep(500);
                    }
                }
            }
        }
        """;

    [Fact]
    public void Generated_metrics_are_scraped_with_their_tags_and_the_rules_query_what_is_scraped()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, RepositoryPackages.References(["OpenTelemetry.Exporter.Prometheus.HttpListener"]));
        consumer.Write("src/Consumer/Program.cs", Program);
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = consumer.Dotnet(["run", "--no-build", "--project", consumer.ProjectFile, "--", LocalPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.StandardOutput;
        var scrape = output;

        Assert.Contains("catalog|gate_latency|Histogram|Consumer|20", output, StringComparison.Ordinal);
        Assert.Matches(@"gate_latency_seconds_bucket\{[^}]*path=""primary""[^}]*le=""0\.0005""[^}]*\} 1", scrape);
        Assert.Matches(@"gate_latency_seconds_bucket\{[^}]*path=""hdc_fallback""[^}]*le=""0\.05""[^}]*\} 1", scrape);
        Assert.Matches(@"gate_latency_seconds_count\{[^}]*path=""hdc_fallback""[^}]*\} 1", scrape);
        Assert.Matches(@"gate_fallbacks_total\{[^}]*reason=""timeout""[^}]*\} 2", scrape);

        var observability = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:Observability", "-nologo"]);
        Assert.True(observability.ExitCode == 0, observability.ToString());
        var rules = File.ReadAllText(Path.Combine(consumer.ProjectDirectory, "observability", "alerts.rules.yml"));
        Assert.Contains("> 0.02", rules, StringComparison.Ordinal);
        var queried = SeriesName().Matches(rules).Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.Equal(new[] { "gate_fallbacks_total", "gate_latency_seconds_bucket" }, queried.Order(StringComparer.Ordinal));
        Assert.All(queried, name => Assert.Contains("\n" + name + "{", scrape, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(consumer.ProjectDirectory, "docs", "runbooks", "GateLatencyOverBudget.md")));

        // Nothing changed: the compiler skips the compilation, the last log still holds the catalog, no file is touched.
        var again = consumer.Dotnet(["msbuild", consumer.ProjectFile, "-t:Observability", "-nologo"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("alerts.rules.yml unchanged", again.StandardOutput, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\[5m\]")]
    private static partial Regex SeriesName();
}
