using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>The sample system, rebuilt against the packed package instead of the repository's projects.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class SampleEndToEndTests(PackageFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly string ProjectXml =
        "<PropertyGroup><RootNamespace>Emily</RootNamespace></PropertyGroup>" + SampleFiles.PackageReferences("EmilySovereign.Sample");

    [Fact]
    public void The_sample_system_builds_clean_and_prints_its_table()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, ProjectXml);
        SampleFiles.CopyInto(consumer, "EmilySovereign.Sample");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.Output), d => d.Id.StartsWith("ES", System.StringComparison.Ordinal));

        var off = Run(consumer, null);
        var on = Run(consumer, "true");

        // windows, open, open ratio, primary, fallback, p50, p99, budget ("50", "ms"), flag
        Assert.Equal("300", off[0]);
        Assert.Equal(300, int.Parse(off[3]) + int.Parse(off[4]));
        Assert.True(int.Parse(off[4]) >= 150, "the chaos drill crashes the primary for the second half: " + string.Join(' ', off));
        Assert.True(double.Parse(off[6], System.Globalization.CultureInfo.InvariantCulture) < 50, string.Join(' ', off));
        // Every other window is an alpha rhythm, on either path: a fallback that answered open for all gave 225.
        Assert.True(int.Parse(off[1]) is >= 140 and <= 160, "half the windows are open: " + string.Join(' ', off));
        Assert.Equal("off", off[^1]);
        Assert.Equal("on", on[^1]);
    }

    [Fact]
    public async Task The_metrics_port_option_serves_the_samples_and_the_gates_metrics_until_the_input_ends()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, ProjectXml);
        SampleFiles.CopyInto(consumer, "EmilySovereign.Sample");
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var program = Path.Combine(consumer.ProjectDirectory, "bin", "Debug", "net10.0", "Consumer.dll");
        var misspelt = consumer.Dotnet([program, "--metrics-port", "http"]);
        Assert.True(misspelt.ExitCode == 2 && misspelt.StandardError.Contains("usage: EmilySovereign.Sample [--metrics-port PORT]", StringComparison.Ordinal), misspelt.ToString());

        var port = LocalPort.Free().ToString(CultureInfo.InvariantCulture);
        using var sample = InteractiveProcess.Start("dotnet", [program, "--metrics-port", port], consumer.ProjectDirectory);
        var table = sample.WaitForLine(l => l.StartsWith("300 ", StringComparison.Ordinal), Patience);
        var serving = sample.WaitForLine(l => l.StartsWith("serving ", StringComparison.Ordinal), Patience);
        Assert.True(serving is not null && table is not null, sample.Output);
        Assert.Equal($"serving http://localhost:{port}/metrics until the input ends", serving);

        // The sample is still running: it holds the listener open until its standard input ends.
        using var http = new HttpClient { Timeout = Patience };
        var scrape = await http.GetStringAsync(new Uri($"http://localhost:{port}/metrics"));
        Assert.Contains(sample.CloseInputAndWait(Patience), new int?[] { 0, 1 }); // 1: an answer was late, which the other test checks

        // windows, open, open ratio, primary, fallback, ...: the scraped series count what the table counts.
        var cells = table.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double primary = int.Parse(cells[3], CultureInfo.InvariantCulture), fallback = int.Parse(cells[4], CultureInfo.InvariantCulture);
        Assert.Equal(primary, Sum(scrape, "alpha_attention_latency_seconds_count", @"path=""primary"""));
        Assert.Equal(fallback, Sum(scrape, "alpha_attention_latency_seconds_count", @"path=""hdc_fallback"""));
        Assert.Equal(300, Sum(scrape, "alpha_attention_latency_seconds_bucket", @"le=""\+Inf"""));
        Assert.Equal(fallback, Sum(scrape, "alpha_attention_fallbacks_total", "reason="));
        Assert.Equal(300, Sum(scrape, "emily_decision_latency_seconds_count", "path="));
        Assert.Equal(300, Sum(scrape, "emily_policy_choices_total", @"policy=""greedy"""));
    }

    /// <summary>The sum of the values of every <paramref name="series"/> sample whose labels match <paramref name="labels"/>.</summary>
    private static double Sum(string scrape, string series, string labels)
    {
        var values = ScrapedLine().Matches(scrape)
            .Where(m => m.Groups["name"].Value == series && Regex.IsMatch(m.Groups["labels"].Value, labels))
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(values.Count > 0, $"no {series}{{{labels}}} in the scrape:\n{scrape}");
        return values.Sum();
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\{(?<labels>[^}]*)\} (?<value>\S+)$", RegexOptions.Multiline)]
    private static partial Regex ScrapedLine();

    /// <summary>Runs the built sample and returns the cells of its table's second line.</summary>
    private static string[] Run(ConsumerProject consumer, string? flag)
    {
        var run = consumer.Dotnet(
            ["run", "--no-build", "--project", consumer.ProjectFile],
            new Dictionary<string, string?> { ["EMILY_FLAG_GFLOWNET_V2"] = flag });
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(l => l.Trim()).ToList();
        Assert.StartsWith("windows  open   open ratio primary  fallback", lines[0]);
        Assert.Contains("chaos drill: the primary crashed from window 150; 0 answer(s) after the budget", lines);
        Assert.Contains("ADR 3: Fall back to HDC when the gate is late (Accepted)", lines);
        return lines[1].Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
    }
}
