using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Build.Observability;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>
/// The alert rules, dashboard and runbooks of one catalog, byte for byte against the files in <c>Expected/</c>, so
/// every word a user reads is reviewed in a diff. After an intended change, rewrite them with
/// <c>EMILYSOVEREIGN_WRITE_EXPECTED=1 dotnet test --filter ObservabilityExpectedFilesTests</c> and review the diff.
/// </summary>
public sealed class ObservabilityExpectedFilesTests
{
    // Every branch of the writers: a gate's histogram (a fallback tag value), a budget in ms and in µs, a counter with
    // and without tags, a gauge whose description needs quoting.
    private static readonly IReadOnlyList<CatalogMetric> Metrics = CatalogReader.Read(ObservabilityCatalog.Sarif(
        ObservabilityCatalog.Latency, ObservabilityCatalog.Fallbacks, ObservabilityCatalog.Requests, ObservabilityCatalog.Depth,
        ObservabilityCatalog.Ms, ObservabilityCatalog.MfaCheck, ObservabilityCatalog.PaymentFailures));

    private static string Folder => RepositoryPaths.Combine("tests", "EmilySovereign.Build.Tests", "Observability", "Expected");

    [Fact]
    public void Alert_rules_are_the_expected_file() =>
        AssertFile("alerts.yml", AlertRulesWriter.Write("app", Metrics, "https://example.org/runbooks/"));

    [Fact]
    public void Dashboard_is_the_expected_file() =>
        AssertFile("dashboard.json", DashboardWriter.Write("App metrics", Metrics));

    [Fact]
    public void Runbooks_are_the_expected_files()
    {
        var pages = RunbookWriter.Write(Metrics);
        foreach (var (fileName, text) in pages)
            AssertFile(Path.Combine("runbooks", fileName), text);
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(Folder, "runbooks")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal),
            pages.Select(p => p.FileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static void AssertFile(string relativePath, string actual)
    {
        var path = Path.Combine(Folder, relativePath);
        if (Environment.GetEnvironmentVariable("EMILYSOVEREIGN_WRITE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }
}
