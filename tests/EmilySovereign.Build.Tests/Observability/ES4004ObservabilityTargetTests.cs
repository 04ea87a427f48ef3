using System;
using System.IO;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Observability;

/// <summary>
/// <c>dotnet msbuild -t:Observability</c> on a real project: its Build stands in for the compiler and copies a SARIF
/// log with ES4004 entries to <c>$(ErrorLog)</c> when (and only when) the target asks for the catalog.
/// </summary>
public sealed class ES4004ObservabilityTargetTests
{
    private static string Project(string properties) => $"""
        <Project>
          <PropertyGroup>
            <EmilySovereignTasksAssembly>{HookHost.TasksAssembly}</EmilySovereignTasksAssembly>
            <EmilySovereignInstallHooks>false</EmilySovereignInstallHooks>
            <AssemblyName>Gate</AssemblyName>
            <BaseIntermediateOutputPath>obj/</BaseIntermediateOutputPath>
            {properties}
          </PropertyGroup>
          <Import Project="{RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.props")}" />
          <Target Name="Build">
            <Error Condition="'$(EmilySovereignObservability)' != 'true' or '$(TargetFramework)' != 'net8.0'" Text="unexpected build: $(EmilySovereignObservability) $(TargetFramework)" />
            <Copy SourceFiles="catalog.sarif" DestinationFiles="$(ErrorLog.Split(',')[0])" />
          </Target>
          <Import Project="{RepositoryPaths.Combine("src", "Build", "build", "EmilySovereign.targets")}" />
        </Project>
        """;

    [Fact]
    public void Writes_rules_dashboard_and_runbooks_once_then_touches_nothing()
    {
        using var repo = GitRepository.Init();
        repo.Write("catalog.sarif", ObservabilityCatalog.Sarif(ObservabilityCatalog.Latency, ObservabilityCatalog.Fallbacks));
        var project = repo.Write(TempProject.FileName, Project("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>"));

        var first = TempProject.MSBuild(project, "Observability");

        Assert.True(first.ExitCode == 0, first.Output);
        var rules = Path.Combine(repo.Path, "observability", "alerts.rules.yml");
        var runbook = Path.Combine(repo.Path, "docs", "runbooks", "AlphaAttentionLatencyOverBudget.md");
        Assert.Contains("alpha_attention_latency_seconds_bucket", File.ReadAllText(rules), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo.Path, "observability", "dashboard.json")));
        Assert.True(File.Exists(Path.Combine(repo.Path, "docs", "runbooks", "AlphaAttentionFallbacksRising.md")));
        var bytes = File.ReadAllBytes(rules);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(runbook, stamp);

        var second = TempProject.MSBuild(project, "Observability");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("alerts.rules.yml unchanged", second.Output, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(rules));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(runbook));
    }

    [Fact]
    public void Outputs_go_where_the_properties_say()
    {
        using var repo = GitRepository.Init();
        repo.Write("catalog.sarif", ObservabilityCatalog.Sarif(ObservabilityCatalog.Latency));
        var project = repo.Write(TempProject.FileName, Project("""
            <TargetFramework>net8.0</TargetFramework>
            <EmilySovereignAlertRulesFile>ops/rules.yml</EmilySovereignAlertRulesFile>
            <EmilySovereignDashboardFile>ops/board.json</EmilySovereignDashboardFile>
            <EmilySovereignRunbookDirectory>ops/runbooks/</EmilySovereignRunbookDirectory>
            <EmilySovereignRunbookBaseUrl>https://runbooks.example/</EmilySovereignRunbookBaseUrl>
            """));

        var result = TempProject.MSBuild(project, "Observability");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("runbook_url: \"https://runbooks.example/AlphaAttentionLatencyOverBudget.md\"", File.ReadAllText(Path.Combine(repo.Path, "ops", "rules.yml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo.Path, "ops", "board.json")));
        Assert.True(File.Exists(Path.Combine(repo.Path, "ops", "runbooks", "AlphaAttentionLatencyOverBudget.md")));
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "observability")));
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "docs")));
    }

    [Fact]
    public void A_build_that_leaves_no_log_fails_the_target()
    {
        using var repo = GitRepository.Init();
        var project = repo.Write(TempProject.FileName, Project("<TargetFramework>net8.0</TargetFramework>").Replace("<Copy SourceFiles=\"catalog.sarif\" DestinationFiles=\"$(ErrorLog.Split(',')[0])\" />", string.Empty, StringComparison.Ordinal));

        var result = TempProject.MSBuild(project, "Observability");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no error log", result.Output, StringComparison.Ordinal);
    }
}
