using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace EmilySovereign.Build.Git;

/// <summary>
/// Reads what a commit will contain straight from the index: one <c>git diff --cached</c> for the list and one
/// <c>git cat-file --batch</c> process for every blob. Never looks at the working tree, never writes the index.
/// </summary>
internal static class GitIndex
{
    // Mode of gitlinks (submodules) and symbolic links: neither has content worth checking.
    private const string SubmoduleMode = "160000";
    private const string SymlinkMode = "120000";

    /// <summary>Added, copied, modified or type-changed paths in the index, in git's (path) order.</summary>
    public static IReadOnlyList<StagedEntry> ListStaged(string workingDirectory)
    {
        var result = GitCommand.Run(
            workingDirectory,
            "diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", "--no-textconv",
            "--diff-filter=ACMT");
        if (!result.Succeeded)
            throw new GitException("git diff --cached failed: " + FirstLine(result.Error));
        return ParseRaw(result.Output);
    }

    /// <summary>
    /// Every path in the index, staged or not, in git's (path) order: what the next commit's tree will hold. Lets the
    /// pre-commit checks run over a whole repository (CI) with the same reading of the index as for a commit.
    /// </summary>
    public static IReadOnlyList<StagedEntry> ListTracked(string workingDirectory)
    {
        var result = GitCommand.Run(workingDirectory, "ls-files", "--stage", "-z", "--full-name", "--", ":/");
        if (!result.Succeeded)
            throw new GitException("git ls-files failed: " + FirstLine(result.Error));
        return ParseStage(result.Output);
    }

    /// <summary>Parses <c>mode id stage TAB path NUL</c> records; paths are relative to the repository's top.</summary>
    public static IReadOnlyList<StagedEntry> ParseStage(string stage)
    {
        var entries = new List<StagedEntry>();
        foreach (var record in stage.Split('\0'))
        {
            var tab = record.IndexOf('\t');
            if (tab < 0)
                continue;
            var header = record.Substring(0, tab).Split(' ');
            // Unmerged paths have stages 1-3: the merge marker check of a commit sees them once resolved (stage 0).
            if (header.Length < 3 || header[0] == SubmoduleMode || header[0] == SymlinkMode || header[2] != "0")
                continue;
            entries.Add(new StagedEntry(record.Substring(tab + 1), header[1]));
        }

        return entries;
    }

    /// <summary>Parses <c>:mode mode id id status NUL path NUL</c> records.</summary>
    public static IReadOnlyList<StagedEntry> ParseRaw(string raw)
    {
        var entries = new List<StagedEntry>();
        var fields = raw.Split('\0');
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            var header = fields[i].Split(' ');
            if (header.Length < 5 || header[1] == SubmoduleMode || header[1] == SymlinkMode)
                continue;
            entries.Add(new StagedEntry(fields[i + 1], header[3]));
        }

        return entries;
    }

    /// <summary>
    /// Streams the named objects (ids or <c>:path</c>) through one <c>git cat-file --batch</c>, calling
    /// <paramref name="onObject"/> in request order with the bytes (null when missing, empty when bigger than
    /// <paramref name="loadLimit"/>) and the size.
    /// </summary>
    public static void ReadObjects(
        string workingDirectory, IReadOnlyList<string> objectNames, long loadLimit, Action<int, byte[]?, long> onObject)
    {
        if (objectNames.Count == 0)
            return;
        var info = GitCommand.StartInfo("git", workingDirectory, new[] { "cat-file", "--batch" });
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;

        // Feed the requests from another thread: git answers while we ask, and both pipes have finite buffers.
        var writer = new System.Threading.Thread(() =>
        {
            var input = process.StandardInput.BaseStream;
            var request = new StringBuilder();
            foreach (var name in objectNames)
                request.Append(name).Append('\n');
            var bytes = Encoding.UTF8.GetBytes(request.ToString());
            try
            {
                input.Write(bytes, 0, bytes.Length);
                input.Close();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // git stopped reading (it failed): the reading side reports what git said, and an exception escaping
                // this thread would end the whole process.
            }
        });
        writer.IsBackground = true;
        writer.Start();

        var output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        for (var i = 0; i < objectNames.Count; i++)
        {
            var header = ReadHeader(output) ?? throw new GitException("git cat-file --batch stopped early: " + process.StandardError.ReadToEnd());
            if (header.EndsWith(" missing", StringComparison.Ordinal))
            {
                onObject(i, null, 0);
                continue;
            }

            var size = long.Parse(header.Substring(header.LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture);
            var content = size <= loadLimit ? ReadExactly(output, (int)size) : Skip(output, size);
            output.ReadByte();
            onObject(i, content, size);
        }

        writer.Join();
        process.WaitForExit();
    }

    private static string? ReadHeader(Stream stream)
    {
        var builder = new StringBuilder(64);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
            builder.Append((char)b);
        return b < 0 && builder.Length == 0 ? null : builder.ToString();
    }

    private static byte[] ReadExactly(Stream stream, int size)
    {
        var buffer = new byte[size];
        var read = 0;
        while (read < size)
        {
            var n = stream.Read(buffer, read, size - read);
            if (n <= 0)
                throw new GitException("git cat-file --batch ended inside a blob");
            read += n;
        }

        return buffer;
    }

    private static byte[] Skip(Stream stream, long size)
    {
        var scratch = new byte[1 << 16];
        while (size > 0)
        {
            var n = stream.Read(scratch, 0, (int)Math.Min(scratch.Length, size));
            if (n <= 0)
                throw new GitException("git cat-file --batch ended inside a blob");
            size -= n;
        }

        return Array.Empty<byte>();
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n');
        return newline < 0 ? trimmed : trimmed.Substring(0, newline);
    }
}

/// <summary>git failed or is missing; the message says what git said.</summary>
internal sealed class GitException : Exception
{
    public GitException(string message)
        : base(message)
    {
    }
}
