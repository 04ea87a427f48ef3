using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>A real temp git repository with helpers to stage content and run the engine on the index.</summary>
internal sealed class StagedRepository : System.IDisposable
{
    public StagedRepository() => Git = GitRepository.Init();

    public GitRepository Git { get; }

    public string Path => Git.Path;

    /// <summary>Writes the file (exact bytes: no newline added) and stages it.</summary>
    public StagedRepository Stage(string relativePath, string content)
    {
        WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));
        Git.Stage(relativePath);
        return this;
    }

    public StagedRepository StageBytes(string relativePath, byte[] content)
    {
        WriteBytes(relativePath, content);
        Git.Stage(relativePath);
        return this;
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Git.Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public IReadOnlyList<Finding> Check(PreCommitOptions? options = null) =>
        new PreCommitEngine(options ?? new PreCommitOptions()).Run(Path).Findings;

    /// <summary>The findings as the hook prints them.</summary>
    public IReadOnlyList<string> CheckLines(PreCommitOptions? options = null) => Check(options).Select(f => f.Format()).ToList();

    public void Dispose() => Git.Dispose();
}
