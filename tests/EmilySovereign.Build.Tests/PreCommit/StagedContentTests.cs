using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>The checks read the index, never the working tree, and change neither.</summary>
public sealed class StagedContentTests
{
    [Fact]
    public void Partially_staged_bad_blob_staged_fine_working_tree_is_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "ok\n").Git.Commit();
        repo.Stage("a.txt", "ok\n<<<<<<< HEAD\n");
        File.WriteAllText(repo.Git.Combine("a.txt"), "ok\nfixed\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(2,1): ES6001");
    }

    [Fact]
    public void Partially_staged_fine_blob_staged_bad_working_tree_passes()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "ok\n");
        File.WriteAllText(repo.Git.Combine("a.txt"), "ok \n<<<<<<< HEAD\nno newline");
        File.WriteAllText(repo.Git.Combine("untracked.json"), "{");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Only_changed_paths_are_checked_deletions_and_unchanged_files_are_not()
    {
        using var repo = new StagedRepository();
        repo.Stage("old.txt", "trailing \n").Stage("gone.txt", "x \n").Git.Commit();
        repo.Git.Git("rm", "-q", "--cached", "gone.txt");
        repo.Stage("new.txt", "trailing \n");

        FindingAssert.Exactly(repo.Check(), "new.txt(1,9): ES6005");
    }

    [Fact]
    public void Paths_with_spaces_and_unicode_are_reported_as_git_prints_them()
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/my notes/Überblick ä.txt", "x \n");

        FindingAssert.Exactly(repo.Check(), "docs/my notes/Überblick ä.txt(1,2): ES6005");
    }

    [Fact]
    public void Symlinks_are_not_read_as_content()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var repo = new StagedRepository();
        File.CreateSymbolicLink(repo.Git.Combine("link.json"), "target-without-newline");
        repo.Git.Stage("link.json");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Nothing_staged_nothing_reported()
    {
        using var repo = new StagedRepository();
        repo.Git.Write("a.json", "{");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void A_whole_tree_run_checks_every_tracked_file_committed_or_staged_but_not_untracked_ones()
    {
        using var repo = new StagedRepository();
        repo.Stage("committed.txt", "old \n").Git.Commit();
        repo.Stage("staged.txt", "new \n");
        repo.WriteBytes("untracked.txt", System.Text.Encoding.UTF8.GetBytes("loose \n"));

        FindingAssert.Exactly(repo.Check(new PreCommitOptions { AllTrackedFiles = true }), "committed.txt(1,4): ES6005", "staged.txt(1,4): ES6005");
        FindingAssert.Exactly(repo.Check(), "staged.txt(1,4): ES6005");
    }

    [Fact]
    public void Excluded_paths_are_not_read_and_the_others_still_are()
    {
        using var repo = new StagedRepository();
        repo.Stage("vendor/lib/a.txt", "x \n").Stage("src/b.txt", "x \n").Stage("c.generated.txt", "x \n").Stage("d.txt", "x \n");
        var options = new PreCommitOptions();
        options.ExcludedPaths.AddRange(new[] { "vendor/**", "*.generated.txt" });

        FindingAssert.Exactly(repo.Check(options), "d.txt(1,2): ES6005", "src/b.txt(1,2): ES6005");
    }

    [Fact]
    public void Checks_leave_working_tree_and_index_byte_for_byte_unchanged()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.cs", "class A { }\n").Git.Commit();
        repo.Stage("a.cs", "class A { } \n<<<<<<< HEAD\n");
        repo.Stage("b.json", "{");
        File.WriteAllText(repo.Git.Combine("a.cs"), "class A { int x; }\n");
        File.WriteAllText(repo.Git.Combine("c.txt"), "untracked \n");
        var before = Snapshot(repo.Path);

        Assert.NotEmpty(repo.Check());
        var hook = HookHost.Run(repo.Path);

        Assert.Equal(1, hook.ExitCode);
        Assert.Equal(before, Snapshot(repo.Path));
        Assert.Equal("", repo.Git.Git("diff", "--cached", "--name-only", "--", "c.txt"));
    }

    /// <summary>Every file of the working tree and the .git/index file, hashed, with modification times.</summary>
    private static IReadOnlyDictionary<string, string> Snapshot(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar) || f.EndsWith(Path.Combine(".git", "index")));
        return files.ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + "@" + File.GetLastWriteTimeUtc(f).Ticks);
    }
}
