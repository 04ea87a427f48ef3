using System;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>One staged blob as it will be committed: its repository-relative path (forward slashes) and bytes.</summary>
internal sealed class StagedFile
{
    // Git's own heuristic: a NUL byte in the first 8000 bytes makes a file binary.
    private const int BinarySniffLength = 8000;

    public StagedFile(string path, byte[] content, long size)
    {
        Path = path;
        Content = content;
        Size = size;
        IsBinary = Array.IndexOf(content, (byte)0, 0, Math.Min(content.Length, BinarySniffLength)) >= 0;
        Extension = GetExtension(path);
    }

    /// <summary>Repository-relative path with forward slashes, as git prints it.</summary>
    public string Path { get; }

    /// <summary>The staged bytes; empty when the blob was too big to load (see <see cref="Size"/>).</summary>
    public byte[] Content { get; }

    /// <summary>The blob size in bytes, also when <see cref="Content"/> was not loaded.</summary>
    public long Size { get; }

    public bool IsBinary { get; }

    /// <summary>Lower-case extension with the dot (".json"), or "" when the name has none.</summary>
    public string Extension { get; }

    public bool IsText => !IsBinary && Content.Length == Size;

    public static StagedFile FromText(string path, string text) =>
        FromBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static StagedFile FromBytes(string path, byte[] content) => new(path, content, content.Length);

    private static string GetExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(dot).ToLowerInvariant() : "";
    }
}
