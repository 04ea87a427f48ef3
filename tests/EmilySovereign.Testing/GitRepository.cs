using System;
using System.Collections.Generic;
using System.IO;

namespace EmilySovereign.Testing;

/// <summary>A real git repository in a temp folder, for tests of hooks and staged-content checks.</summary>
public sealed class GitRepository : IDisposable
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(1);
    private readonly TempDirectory? _ownedDirectory;

    private GitRepository(string path, TempDirectory? ownedDirectory)
    {
        Path = path;
        _ownedDirectory = ownedDirectory;
    }

    public string Path { get; }

    /// <summary>Makes an empty repository on branch main, in a temp folder deleted on dispose.</summary>
    public static GitRepository Init()
    {
        var directory = new TempDirectory("git");
        return InitRepository(new GitRepository(directory.Path, directory));
    }

    /// <summary>Makes an empty repository on branch main in an existing folder, which dispose leaves alone.</summary>
    public static GitRepository InitIn(string path) => InitRepository(new GitRepository(path, null));

    /// <summary>Branch main, a local identity, no signing, no line-ending conversion.</summary>
    private static GitRepository InitRepository(GitRepository repo)
    {
        repo.Git("init", "-q", "-b", "main");
        repo.Git("config", "user.email", "tests@example.invalid");
        repo.Git("config", "user.name", "Tests");
        repo.Git("config", "commit.gpgsign", "false");
        repo.Git("config", "core.autocrlf", "false");
        return repo;
    }

    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

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

    public void Dispose() => _ownedDirectory?.Dispose();
}
