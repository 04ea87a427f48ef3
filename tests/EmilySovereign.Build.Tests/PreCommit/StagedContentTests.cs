using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>The checks read the index, never the working tree, and change neither.</summary>
public sealed class StagedContentTests
{
    [Fact]
    public void PartiallyStaged_BadBlobStaged_FineWorkingTree_IsReported()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "ok\n").Git.Commit();
        repo.Stage("a.txt", "ok\n<<<<<<< HEAD\n");
        File.WriteAllText(repo.Git.Combine("a.txt"), "ok\nfixed\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(2,1): ES6001");
    }

    [Fact]
    public void PartiallyStaged_FineBlobStaged_BadWorkingTree_Passes()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "ok\n");
        File.WriteAllText(repo.Git.Combine("a.txt"), "ok \n<<<<<<< HEAD\nno newline");
        File.WriteAllText(repo.Git.Combine("untracked.json"), "{");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void OnlyChangedPaths_AreChecked_DeletionsAndUnchangedFilesAreNot()
    {
        using var repo = new StagedRepository();
        repo.Stage("old.txt", "trailing \n").Stage("gone.txt", "x \n").Git.Commit();
        repo.Git.Git("rm", "-q", "--cached", "gone.txt");
        repo.Stage("new.txt", "trailing \n");

        FindingAssert.Exactly(repo.Check(), "new.txt(1,9): ES6005");
    }

    [Fact]
    public void PathsWithSpacesAndUnicode_AreReportedAsGitPrintsThem()
    {
        using var repo = new StagedRepository();
        repo.Stage("docs/my notes/Überblick ä.txt", "x \n");

        FindingAssert.Exactly(repo.Check(), "docs/my notes/Überblick ä.txt(1,2): ES6005");
    }

    [Fact]
    public void Symlinks_AreNotReadAsContent()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var repo = new StagedRepository();
        File.CreateSymbolicLink(repo.Git.Combine("link.json"), "target-without-newline");
        repo.Git.Stage("link.json");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void NothingStaged_NothingReported()
    {
        using var repo = new StagedRepository();
        repo.Git.Write("a.json", "{");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Checks_LeaveWorkingTreeAndIndexByteForByteUnchanged()
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
