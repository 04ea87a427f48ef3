using System.IO;
using System.Linq;
using EmilySovereign.Build.Layers;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Layers;

/// <summary>
/// The task that writes layers.mmd: from architecture.json and the ES1005 edges of the compiler's log (a
/// <c>,version=</c> suffix ignored, a missing log meaning no used edges), and only a message for a missing or
/// malformed architecture file.
/// </summary>
public sealed class WriteLayerGraphTests
{
    private const string Architecture = """
        { "layers": {
            "Core": { "namespaces": ["C.*"], "mayUse": [] },
            "App":  { "namespaces": ["A.*"], "mayUse": ["Core"] } } }
        """;

    private const string Sarif = """
        { "version": "2.1.0", "runs": [ { "results": [
            { "ruleId": "ES1005", "level": "note", "message": { "text": "Layer graph edge: App -> Core, 3 uses" } },
            { "ruleId": "ES1005", "level": "note", "message": { "text": "Layer graph edge: Core -> App, 1 uses" } }
        ] } ] }
        """;

    private const string Nodes = "flowchart TD\n    L0[\"Core\"]\n    L1[\"App\"]\n";

    [Fact]
    public void The_graph_marks_the_used_edges_of_the_log_and_is_written_in_a_new_folder()
    {
        using var folder = new TempDirectory("layers");
        var log = folder.Write("obj/errors.sarif", Sarif);

        var (output, engine) = Run(folder, folder.Write("architecture.json", Architecture), log + ",version=2.1");

        Assert.Equal(
            Nodes +
            "    L0 -.->|forbidden: 1 use| L1\n" +
            "    L1 ==>|3 uses| L0\n" +
            "    linkStyle 0 stroke:#d33,stroke-width:2px,color:#d33\n",
            File.ReadAllText(output));
        Assert.Equal(new[] { ($"EmilySovereign: layer graph -> {output}", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("obj/missing.sarif")]
    public void Without_a_log_only_the_allowed_edges_are_drawn(string log)
    {
        using var folder = new TempDirectory("layers");

        var (output, engine) = Run(folder, folder.Write("architecture.json", Architecture), log.Length == 0 ? log : folder.Combine(log));

        Assert.Equal(Nodes + "    L1 -->|may use| L0\n", File.ReadAllText(output));
        Assert.Equal(new[] { ($"EmilySovereign: layer graph -> {output}", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Without_an_architecture_file_there_is_no_graph_and_no_failure()
    {
        using var folder = new TempDirectory("layers");

        var (output, engine) = Run(folder, folder.Combine("architecture.json"), string.Empty);

        Assert.False(File.Exists(output));
        Assert.Equal(new[] { ("EmilySovereign: no architecture file, no layer graph.", MessageImportance.Normal) }, engine.LoggedMessages);
    }

    [Fact]
    public void A_malformed_architecture_file_leaves_the_report_to_ES1002_and_writes_no_graph()
    {
        using var folder = new TempDirectory("layers");
        var architecture = folder.Write("architecture.json", "{ \"layers\": ");

        var (output, engine) = Run(folder, architecture, folder.Write("errors.sarif", Sarif));

        Assert.False(File.Exists(output));
        Assert.Equal(new[] { ($"EmilySovereign: {architecture} cannot be read (ES1002), no layer graph.", MessageImportance.High) }, engine.LoggedMessages);
    }

    private static (string Output, RecordingBuildEngine Engine) Run(TempDirectory folder, string architecture, string errorLog)
    {
        var output = folder.Combine("out/graphs/layers.mmd");
        var task = RecordingBuildEngine.Attach(new WriteLayerGraph { ArchitectureFile = architecture, ErrorLog = errorLog, OutputFile = output }, out var engine);
        Assert.True(task.Execute());
        Assert.Empty(engine.Diagnostics);
        return (output, engine);
    }
}
