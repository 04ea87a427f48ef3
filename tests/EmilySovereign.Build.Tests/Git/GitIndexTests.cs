using System.Collections.Generic;
using System.Linq;
using System.Text;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Git;

/// <summary>
/// What the checks read from the index: every tracked path at stage 0 for a whole-tree run, the blobs by name with
/// big ones skipped but sized, and git's own complaint when it fails.
/// </summary>
public sealed class GitIndexTests
{
    private const string Id = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Stage_records_keep_regular_files_at_stage_zero_only()
    {
        var stage = string.Join("\0",
            $"100644 {Id} 0\tsrc/a.cs",
            $"100755 {Id} 0\trun.sh",
            $"160000 {Id} 0\tsubmodule",
            $"120000 {Id} 0\tlink",
            $"100644 {Id} 1\tconflict.txt",
            $"100644 {Id} 2\tconflict.txt",
            $"100644 {Id}\tshort header",
            "no tab at all",
            $"100644 {Id} 0\twith\ttab in name") + "\0";

        var entries = GitIndex.ParseStage(stage);

        Assert.Equal(
            new[] { ("src/a.cs", Id), ("run.sh", Id), ("with\ttab in name", Id) },
            entries.Select(e => (e.Path, e.ObjectId)));
    }

    private const string Zero = "0000000000000000000000000000000000000000";

    public static TheoryData<string, string[]> RawRecords => new()
    {
        {
            Raw("100644", "M", "a.txt") + Raw("160000", "A", "submodule") + Raw("120000", "A", "link") +
                $":100644 100644 {Id} M\0four fields\0" + Raw("100755", "T", "run.sh"),
            new[] { "a.txt", "run.sh" }
        },
        // Records cut short (no final NUL, or a header without its path) keep what is whole.
        { Raw("100644", "M", "a.txt").TrimEnd('\0'), new[] { "a.txt" } },
        { Raw("100644", "M", "a.txt") + $":100644 100644 {Zero} {Id} M", new[] { "a.txt" } },
        { "", new string[0] },
    };

    [Theory]
    [MemberData(nameof(RawRecords))]
    public void Diff_records_keep_regular_files_and_links_and_submodules_are_skipped(string raw, string[] paths)
    {
        var entries = GitIndex.ParseRaw(raw);

        Assert.Equal(paths, entries.Select(e => e.Path));
        Assert.All(entries, e => Assert.Equal(Id, e.ObjectId));
    }

    [Fact]
    public void Tracked_files_are_the_index_committed_or_only_staged_from_any_subfolder()
    {
        using var repo = new StagedRepository();
        repo.Stage("b.txt", "b\n").Stage("sub/c.txt", "c\n").Git.Commit();
        repo.Stage("a.txt", "a\n");
        repo.WriteBytes("untracked.txt", Encoding.UTF8.GetBytes("u\n"));

        var entries = GitIndex.ListTracked(repo.Git.Combine("sub"));

        Assert.Equal(new[] { "a.txt", "b.txt", "sub/c.txt" }, entries.Select(e => e.Path));
        Assert.Equal(repo.Git.Git("rev-parse", ":a.txt").Trim(), entries[0].ObjectId);
    }

    [Fact]
    public void Outside_a_repository_the_failure_says_which_command_and_the_first_line_git_said()
    {
        using var folder = new TempDirectory("nogit");

        var staged = Assert.Throws<GitException>(() => GitIndex.ListStaged(folder.Path));
        var tracked = Assert.Throws<GitException>(() => GitIndex.ListTracked(folder.Path));

        // Outside a repository git diff prints its whole usage after the first line.
        Assert.Equal("git diff --cached failed: " + GitError.FirstLineOf(folder.Path, "diff", "--cached", "--raw"), staged.Message);
        Assert.Equal("git ls-files failed: " + GitError.FirstLineOf(folder.Path, "ls-files", "--stage"), tracked.Message);
    }

    [Fact]
    public void Objects_come_in_request_order_missing_ones_as_null_and_big_ones_empty_with_their_size()
    {
        using var repo = new StagedRepository();
        var big = new string('x', 100_000);
        repo.Stage("small.txt", "tiny").Stage("limit.txt", "12345").Stage("big.txt", big);
        var seen = new List<(int Index, string? Text, long Size)>();

        GitIndex.ReadObjects(repo.Path, new[] { ":big.txt", ":missing.txt", ":small.txt", ":limit.txt" }, loadLimit: 5,
            (i, content, size) => seen.Add((i, content is null ? null : Encoding.UTF8.GetString(content), size)));

        Assert.Equal(new (int, string?, long)[] { (0, "", 100_000), (1, null, 0), (2, "tiny", 4), (3, "12345", 5) }, seen);
    }

    [Fact]
    public void Outside_a_repository_reading_objects_fails_with_what_git_said()
    {
        using var folder = new TempDirectory("nogit");
        // More requests than a pipe buffer holds, so they are still being written when git gives up.
        var names = Enumerable.Repeat(":a.txt", 20_000).ToArray();

        var failure = Assert.Throws<GitException>(() => GitIndex.ReadObjects(folder.Path, names, 10, (_, _, _) => { }));

        Assert.Equal("git cat-file --batch stopped early: " + GitError.Of(folder.Path, "cat-file", "--batch") + "\n", failure.Message);
    }

    [Fact]
    public void No_names_start_no_git()
    {
        using var folder = new TempDirectory("nogit");
        var calls = 0;

        // Outside a repository git would fail: returning at once is what keeps this quiet.
        GitIndex.ReadObjects(folder.Combine("does-not-exist"), new string[0], 10, (_, _, _) => calls++);

        Assert.Equal(0, calls);
    }

    private static string Raw(string newMode, string status, string path) => $":100644 {newMode} {Zero} {Id} {status}\0{path}\0";
}
