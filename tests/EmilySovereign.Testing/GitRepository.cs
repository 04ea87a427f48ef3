using System;
using System.Collections.Generic;
using System.IO;

namespace EmilySovereign.Testing;

/// <summary>A real git repository in a temp folder, for tests of hooks and staged-content checks.</summary>
public sealed class GitRepository : IDisposable
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(1);
    private readonly TempDirectory _directory;

    private GitRepository(TempDirectory directory) => _directory = directory;

    public string Path => _directory.Path;

    /// <summary>Makes an empty repository on branch main with a local identity and no global hooks.</summary>
    public static GitRepository Init()
    {
        var repo = new GitRepository(new TempDirectory("git"));
        repo.Git("init", "-q", "-b", "main");
        repo.Git("config", "user.email", "tests@example.invalid");
        repo.Git("config", "user.name", "Tests");
        repo.Git("config", "commit.gpgsign", "false");
        repo.Git("config", "core.autocrlf", "false");
        return repo;
    }

    public string Write(string relativePath, string content) => _directory.Write(relativePath, content);

    public string Combine(string relativePath) => _directory.Combine(relativePath);

    /// <summary>Runs git and fails the test when it fails.</summary>
    public string Git(params string[] arguments)
    {
        var result = TryGit(arguments);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {result}");
        return result.StandardOutput;
    }

    public ProcessResult TryGit(params string[] arguments) => TryGit(arguments, null);

    public ProcessResult TryGit(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment) =>
        ProcessRunner.Run("git", arguments, Path, GitTimeout, environment);

    public void Stage(params string[] relativePaths) => Git(["add", "--", .. relativePaths]);

    public void Commit(string message = "commit") => Git("commit", "-q", "--no-verify", "-m", message);

    public void Dispose() => _directory.Dispose();
}
