using System.IO;
using System.Linq;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// <c>-t:AdrIndex</c>'s task in this process: writing the index once, creating a missing folder, ES5003 warnings that
/// still write, ES5004 duplicates that stop it, and ES5011 for a folder that cannot be used.
/// </summary>
public sealed class AdrIndexTaskTests
{
    [Fact]
    public void The_index_is_written_once_then_said_to_be_up_to_date()
    {
        using var folder = new TempDirectory("adr");
        foreach (var (fileName, text) in AdrIndexTargetTests.Sample)
            folder.Write(fileName, text);
        var index = folder.Combine("README.md");

        var first = Run(folder.Path, out var firstEngine);
        var stamp = File.GetLastWriteTimeUtc(index);
        File.SetLastWriteTimeUtc(index, stamp.AddDays(-1));
        var second = Run(folder.Path, out var secondEngine);

        Assert.Equal((true, index), (first.Changed, first.IndexFile));
        Assert.Equal(AdrIndexTargetTests.ExpectedIndex.ReplaceLineEndings("\n"), File.ReadAllText(index));
        Assert.Equal(new[] { ($"AdrIndex: wrote {index} (3 ADRs)", MessageImportance.High) }, firstEngine.LoggedMessages);
        Assert.Equal((false, index), (second.Changed, second.IndexFile));
        Assert.Equal(new[] { ($"AdrIndex: {index} is up to date (3 ADRs)", MessageImportance.High) }, secondEngine.LoggedMessages);
        Assert.Equal(stamp.AddDays(-1), File.GetLastWriteTimeUtc(index));
    }

    [Fact]
    public void A_missing_folder_is_created_with_an_empty_index_under_the_given_name()
    {
        using var folder = new TempDirectory("adr");
        var adrs = folder.Combine("docs/adr");
        var index = Path.Combine(adrs, "INDEX.md");

        var task = Run(adrs, out var engine, "INDEX.md");

        Assert.Equal((true, index), (task.Changed, task.IndexFile));
        Assert.Equal(AdrIndexWriter.Render(new EmilySovereign.Adrs.AdrDocument[0]), File.ReadAllText(index));
        Assert.Equal(new[] { "INDEX.md" }, Directory.GetFiles(adrs).Select(Path.GetFileName));
        Assert.Equal(new[] { ($"AdrIndex: wrote {index} (0 ADRs)", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void An_unreadable_adr_is_an_ES5003_warning_at_its_position_and_the_index_is_still_written()
    {
        using var folder = new TempDirectory("adr");
        var adr = folder.Write("0002-a.md", "# ADR 2: A\n\nStatus: Someday\n");

        var task = RecordingBuildEngine.Attach(new AdrIndexTask { AdrDirectory = folder.Path }, out var engine);

        Assert.True(task.Execute());
        Assert.Equal(
            new[] { $"{adr}(3,9): warning ES5003: 0002-a.md cannot be read as an ADR: The status 'Someday' is not one of Proposed, Accepted, Deprecated, Superseded, Rejected" },
            engine.Diagnostics);
        Assert.Equal(RuleDocs.HelpLinkBase + "ES5003.md", engine.Warnings.Single().HelpKeyword);
        Assert.Contains("| [2](0002-a.md) | A | (no status) |  |  |\n", File.ReadAllText(task.IndexFile));
        Assert.Equal(new[] { ($"AdrIndex: wrote {task.IndexFile} (1 ADRs)", MessageImportance.High) }, engine.LoggedMessages);
    }

    [Fact]
    public void Each_pair_of_adrs_sharing_a_number_is_an_ES5004_error_and_no_index_is_written()
    {
        using var folder = new TempDirectory("adr");
        folder.Write("0001-one.md", "# ADR 1: One\nStatus: Accepted\n");
        var a = folder.Write("0002-a.md", "# ADR 2: A\nStatus: Accepted\n");
        var b = folder.Write("0002-b.md", "# ADR 2: B\nStatus: Accepted\n");
        var c = folder.Write("0002-c.md", "# ADR 2: C\nStatus: Accepted\n");
        folder.Write("0003-three.md", "# ADR 3: Three\nStatus: Accepted\n");

        var task = RecordingBuildEngine.Attach(new AdrIndexTask { AdrDirectory = folder.Path }, out var engine);

        Assert.False(task.Execute());
        Assert.Equal(
            new[]
            {
                $"{b}(1,1): error ES5004: ADR number 2 is used by both 0002-a.md and 0002-b.md",
                $"{c}(1,1): error ES5004: ADR number 2 is used by both 0002-a.md and 0002-c.md",
                $"{c}(1,1): error ES5004: ADR number 2 is used by both 0002-b.md and 0002-c.md",
            },
            engine.Diagnostics);
        Assert.All(engine.Errors, e => Assert.Equal(RuleDocs.HelpLinkBase + "ES5004.md", e.HelpKeyword));
        Assert.Equal((false, string.Empty), (task.Changed, task.IndexFile));
        Assert.False(File.Exists(folder.Combine("README.md")));
        Assert.Empty(engine.Messages);
        Assert.True(File.Exists(a));
    }

    [Theory]
    [InlineData("adr")]
    [InlineData("a\0b")]
    public void A_folder_that_cannot_be_created_is_an_ES5011_error(string name)
    {
        using var folder = new TempDirectory("adr");
        var file = folder.Write("adr", "not a folder");
        var directory = folder.Combine(name);
        var reason = Assert.ThrowsAny<System.Exception>(() => Directory.CreateDirectory(directory)).Message;

        var task = RecordingBuildEngine.Attach(new AdrIndexTask { AdrDirectory = directory }, out var engine);

        Assert.False(task.Execute());
        Assert.Equal(new[] { $"test.proj(0,0): error ES5011: AdrIndex cannot use the ADR folder '{directory}': {reason}" }, engine.Diagnostics);
        Assert.Equal(RuleDocs.HelpLinkBase + "ES5011.md", engine.Errors.Single().HelpKeyword);
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(folder.Path));
    }

    private static AdrIndexTask Run(string directory, out RecordingBuildEngine engine, string? indexFileName = null)
    {
        var task = RecordingBuildEngine.Attach(new AdrIndexTask { AdrDirectory = directory }, out engine);
        if (indexFileName is not null)
            task.IndexFileName = indexFileName;
        Assert.True(task.Execute());
        Assert.Empty(engine.Diagnostics);
        return task;
    }
}
