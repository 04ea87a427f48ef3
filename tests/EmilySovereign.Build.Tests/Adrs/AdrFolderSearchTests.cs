using System.IO;
using System.Linq;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// The nearest docs/adr at or above the project, found at evaluation by EmilySovereign.Compiler.targets: at any
/// depth (the old chain of property groups stopped after twelve folders), and the nearest folder wins.
/// </summary>
public sealed class AdrFolderSearchTests
{
    // Sixteen folders between the repository root and the project: deeper than the old limit.
    private static readonly string DeepFolder = Path.Combine(Enumerable.Range(1, 16).Select(i => "level" + i).ToArray());

    [Fact]
    public void A_project_sixteen_folders_below_docs_adr_gets_its_files_and_the_AdrIndex_target_writes_there()
    {
        using var repo = GitRepository.Init();
        var adr = repo.Write("docs/adr/0001-record-decisions.md", "# ADR 001: Record decisions\n\nStatus: Accepted\n");
        var project = TempProject.Write(repo, "<EmilySovereignInstallHooks>false</EmilySovereignInstallHooks>", subfolder: DeepFolder);

        var evaluation = Evaluate(project);
        var index = TempProject.MSBuild(project, "AdrIndex");

        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Equal(new[] { adr }, AdrInputs(evaluation.StandardOutput));
        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.True(File.Exists(repo.Combine("docs/adr/README.md")), index.ToString());
    }

    [Fact]
    public void The_nearest_docs_adr_hides_the_ones_farther_up()
    {
        using var repo = GitRepository.Init();
        repo.Write("docs/adr/0001-root.md", "# ADR 001: Root\n\nStatus: Accepted\n");
        var near = repo.Write(Path.Combine("level1", "level2", "docs", "adr", "0002-near.md"), "# ADR 002: Near\n\nStatus: Accepted\n");
        var project = TempProject.Write(repo, subfolder: DeepFolder);

        var evaluation = Evaluate(project);

        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Equal(new[] { near }, AdrInputs(evaluation.StandardOutput));
    }

    [Fact]
    public void The_override_property_wins_over_the_search()
    {
        using var repo = GitRepository.Init();
        repo.Write("docs/adr/0001-root.md", "# ADR 001: Root\n\nStatus: Accepted\n");
        var chosen = repo.Write("decisions/0005-chosen.md", "# ADR 005: Chosen\n\nStatus: Accepted\n");
        var project = TempProject.Write(repo, $"<EmilySovereignAdrDirectory>{repo.Combine("decisions")}</EmilySovereignAdrDirectory>", subfolder: DeepFolder);

        var evaluation = Evaluate(project);

        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Equal(new[] { chosen }, AdrInputs(evaluation.StandardOutput));
    }

    private static ProcessResult Evaluate(string project) =>
        DotnetCli.Run(Path.GetDirectoryName(project)!, ["msbuild", project, "-getItem:AdditionalFiles", "-nologo"]);

    // The AdditionalFiles marked as ADRs, from the JSON that -getItem prints.
    private static string[] AdrInputs(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(item => item.GetProperty("EmilySovereignKind").GetString() == "Adr")
            .Select(item => Path.GetFullPath(item.GetProperty("FullPath").GetString()!))
            .ToArray();
}
