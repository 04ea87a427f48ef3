using System.IO;
using System.Linq;
using EmilySovereign.Baseline;
using EmilySovereign.Build.Baseline;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Baseline;

/// <summary>
/// The two baseline tasks run in this process: the size every build prints, ES6304 for a required baseline that is
/// missing, and -t:Baseline writing the file from the compiler's log (refused in CI mode, ES6305).
/// </summary>
public sealed class BaselineTasksTests
{
    private static readonly BaselineEntry[] TwoEntries =
    {
        new("ES1001", "A.User", "B.Used", 2),
        new("ES2002", "A.User.Gate()", "Thread.Sleep", 1),
    };

    [Fact]
    public void Every_build_prints_the_baseline_size_and_succeeds()
    {
        using var folder = new TempDirectory("baseline");
        var file = folder.Write("emily.baseline", BaselineFormat.Write(TwoEntries));
        var task = RecordingBuildEngine.Attach(new ReportBaselineTask { BaselineFile = file, Required = true, Strict = true }, out var engine);

        Assert.True(task.Execute());

        Assert.Empty(engine.Diagnostics);
        Assert.Equal($"EmilySovereign baseline: 3 kept breaches in 2 entries ({file})", engine.Messages.Single().Message);
    }

    [Fact]
    public void One_entry_of_one_breach_is_said_in_the_singular()
    {
        using var folder = new TempDirectory("baseline");
        var file = folder.Write("emily.baseline", BaselineFormat.Write(new[] { new BaselineEntry("ES1001", "U", "V", 1) }));
        var task = RecordingBuildEngine.Attach(new ReportBaselineTask { BaselineFile = file }, out var engine);

        Assert.True(task.Execute());

        Assert.Equal($"EmilySovereign baseline: 1 kept breach in 1 entry ({file})", engine.Messages.Single().Message);
    }

    [Fact]
    public void A_malformed_baseline_counts_nothing_and_points_to_ES6303_which_the_analyzers_report_at_its_line()
    {
        using var folder = new TempDirectory("baseline");
        var file = folder.Write("emily.baseline", BaselineFormat.Write(TwoEntries) + "not an entry\n");
        var task = RecordingBuildEngine.Attach(new ReportBaselineTask { BaselineFile = file, Strict = true }, out var engine);

        Assert.True(task.Execute());

        Assert.Empty(engine.Diagnostics);
        Assert.Equal($"EmilySovereign baseline: 0 kept breaches in 0 entries ({file}), unreadable: see ES6303", engine.Messages.Single().Message);
    }

    [Theory]
    [InlineData(false, false, "")]
    [InlineData(true, false, "warning ES6304")]
    [InlineData(true, true, "error ES6304")]
    public void A_missing_baseline_is_ES6304_only_when_required_and_an_error_only_in_CI_mode(bool required, bool strict, string expected)
    {
        using var folder = new TempDirectory("baseline");
        var file = folder.Combine("emily.baseline");
        var task = RecordingBuildEngine.Attach(new ReportBaselineTask { BaselineFile = file, Required = required, Strict = strict }, out var engine);

        Assert.Equal(!strict, task.Execute());

        Assert.Equal(
            expected.Length == 0 ? System.Array.Empty<string>() : new[] { $"{file}(0,0): {expected}: The project requires a baseline" },
            engine.Diagnostics.Select(d => d.Substring(0, d.IndexOf(" (EmilySovereignBaselineRequired)", System.StringComparison.Ordinal))));
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void The_baseline_is_written_sorted_from_the_first_log_and_says_what_it_replaced()
    {
        using var folder = new TempDirectory("baseline");
        var log = folder.Write("obj/errors.sarif", BaselineSarif.Log(
            BaselineSarif.Result("ES6301", "ES2002", "A.User.Gate()", "Thread.Sleep"),
            BaselineSarif.Result("ES6301", "ES1001", "A.User", "B.Used"),
            BaselineSarif.Result("ES6301", "ES1001", "A.User", "B.Used")));
        var file = folder.Write("emily.baseline", BaselineFormat.Write(new[] { new BaselineEntry("ES1001", "Old", "Gone", 5) }));
        var task = RecordingBuildEngine.Attach(new WriteBaselineTask { ErrorLog = log + ",version=2.1", BaselineFile = file }, out var engine);

        Assert.True(task.Execute());

        Assert.Empty(engine.Diagnostics);
        Assert.Equal(BaselineFormat.Write(TwoEntries), File.ReadAllText(file));
        Assert.Equal(
            $"EmilySovereign baseline: 3 kept breaches in 2 entries -> {file} (was 5 kept breaches in 1 entry)",
            engine.Messages.Single().Message);
    }

    [Fact]
    public void A_first_baseline_creates_its_folder_and_says_nothing_was_replaced()
    {
        using var folder = new TempDirectory("baseline");
        var log = folder.Write("errors.sarif", BaselineSarif.Log());
        var file = folder.Combine("nested/emily.baseline");
        var task = RecordingBuildEngine.Attach(new WriteBaselineTask { ErrorLog = log, BaselineFile = file }, out var engine);

        Assert.True(task.Execute());

        Assert.Equal(BaselineFormat.Write(System.Array.Empty<BaselineEntry>()), File.ReadAllText(file));
        Assert.Equal($"EmilySovereign baseline: 0 kept breaches in 0 entries -> {file}", engine.Messages.Single().Message);
    }

    [Fact]
    public void Without_a_log_nothing_is_written_and_the_target_fails()
    {
        using var folder = new TempDirectory("baseline");
        var file = folder.Combine("emily.baseline");
        var task = RecordingBuildEngine.Attach(new WriteBaselineTask { ErrorLog = folder.Combine("missing.sarif"), BaselineFile = file }, out var engine);

        Assert.False(task.Execute());

        Assert.False(File.Exists(file));
        Assert.Equal($"EmilySovereign: the compiler wrote no log at {folder.Combine("missing.sarif")}; the baseline was not written.", engine.Errors.Single().Message);
    }

    [Fact]
    public void In_CI_mode_the_baseline_is_never_written()
    {
        using var folder = new TempDirectory("baseline");
        var log = folder.Write("errors.sarif", BaselineSarif.Log(BaselineSarif.Result("ES6301", "ES1001", "A", "B")));
        var file = folder.Write("emily.baseline", "unchanged");
        var task = RecordingBuildEngine.Attach(new WriteBaselineTask { ErrorLog = log, BaselineFile = file, Strict = true }, out var engine);

        Assert.False(task.Execute());

        Assert.Equal("unchanged", File.ReadAllText(file));
        Assert.StartsWith($"{file}(0,0): error ES6305: The baseline is not written in CI mode", Assert.Single(engine.Diagnostics));
    }
}
