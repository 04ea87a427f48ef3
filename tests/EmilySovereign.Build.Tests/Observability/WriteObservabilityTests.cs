using System.IO;
using System.Linq;
using EmilySovereign.Build.Observability;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>
/// The task behind <c>-t:Observability</c> in this process: the rules, dashboard and runbooks written from the log's
/// catalog then left unchanged, outputs left empty not written, a warning for an empty catalog, an error without a log.
/// </summary>
public sealed class WriteObservabilityTests
{
    private const string BaseUrl = "https://runbooks.example/";

    [Fact]
    public void Each_output_is_written_from_the_catalog_once_then_reported_unchanged()
    {
        using var folder = new TempDirectory("observability");
        var sarif = ObservabilityCatalog.Sarif(ObservabilityCatalog.Latency, ObservabilityCatalog.Fallbacks);
        var log = folder.Write("obj/errors.sarif", sarif);
        var rules = folder.Combine("ops/rules.yml");
        var dashboard = folder.Combine("ops/board.json");
        var fallbacks = folder.Combine("ops/runbooks/AlphaAttentionFallbacksRising.md");
        var latency = folder.Combine("ops/runbooks/AlphaAttentionLatencyOverBudget.md");

        var first = Run(folder, log + ",version=2.1");
        var second = Run(folder, log);

        var metrics = CatalogReader.Read(sarif);
        Assert.Equal(AlertRulesWriter.Write("Gate", metrics, BaseUrl), File.ReadAllText(rules));
        Assert.Equal(DashboardWriter.Write("Gate metrics", metrics), File.ReadAllText(dashboard));
        Assert.Equal(RunbookWriter.Write(metrics).Select(r => r.Text), new[] { File.ReadAllText(fallbacks), File.ReadAllText(latency) });
        Assert.Equal(new[] { rules, dashboard, fallbacks, latency }.Select(p => ($"EmilySovereign: {p} written", MessageImportance.High)), first.LoggedMessages);
        Assert.Equal(new[] { rules, dashboard, fallbacks, latency }.Select(p => ($"EmilySovereign: {p} unchanged", MessageImportance.High)), second.LoggedMessages);
    }

    [Fact]
    public void Outputs_left_empty_are_not_written()
    {
        using var folder = new TempDirectory("observability");
        var log = folder.Write("errors.sarif", ObservabilityCatalog.Sarif(ObservabilityCatalog.Latency));
        var task = RecordingBuildEngine.Attach(new WriteObservability { ErrorLog = log, Name = "Gate" }, out var engine);

        Assert.True(task.Execute());

        Assert.Empty(engine.Diagnostics);
        Assert.Empty(engine.Messages);
        Assert.Equal(new[] { log }, Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void An_empty_catalog_is_a_warning_and_the_files_are_still_written()
    {
        using var folder = new TempDirectory("observability");
        var log = folder.Write("errors.sarif", ObservabilityCatalog.Sarif());
        var rules = folder.Combine("rules.yml");
        var task = RecordingBuildEngine.Attach(new WriteObservability { ErrorLog = log, Name = "Gate", RulesFile = rules }, out var engine);

        Assert.True(task.Execute());

        Assert.Equal(
            new[] { "test.proj(0,0): warning : EmilySovereign: the project declares no [Counter], [Histogram] or [Gauge]: the observability files are empty." },
            engine.Diagnostics);
        Assert.Equal(AlertRulesWriter.Write("Gate", new CatalogMetric[0], string.Empty), File.ReadAllText(rules));
        Assert.Equal(new[] { ($"EmilySovereign: {rules} written", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Without_the_compilers_log_the_task_fails_and_writes_nothing()
    {
        using var folder = new TempDirectory("observability");
        var log = folder.Combine("obj/errors.sarif");
        var task = RecordingBuildEngine.Attach(
            new WriteObservability { ErrorLog = log + ",version=2.1", Name = "Gate", RulesFile = folder.Combine("rules.yml") }, out var engine);

        Assert.False(task.Execute());

        Assert.Equal(new[] { $"test.proj(0,0): error : EmilySovereign: the compiler wrote no error log at {log}; the observability files need one." }, engine.Diagnostics);
        Assert.Empty(engine.Messages);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    private static RecordingBuildEngine Run(TempDirectory folder, string errorLog)
    {
        var task = RecordingBuildEngine.Attach(
            new WriteObservability
            {
                ErrorLog = errorLog,
                Name = "Gate",
                RulesFile = folder.Combine("ops/rules.yml"),
                DashboardFile = folder.Combine("ops/board.json"),
                RunbookDirectory = folder.Combine("ops/runbooks"),
                RunbookBaseUrl = BaseUrl,
            },
            out var engine);
        Assert.True(task.Execute());
        Assert.Empty(engine.Diagnostics);
        return engine;
    }
}
