using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.PreCommit.Checks;
using EmilySovereign.Build.PreCommit.Checks.Adrs;
using EmilySovereign.Build.PreCommit.Checks.Secrets;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>
/// The one implementation behind -t:PreCommit and the git hook: lists the staged paths, streams their blobs out of
/// one <c>git cat-file --batch</c>, and checks each file on the thread pool while the next ones are still read.
/// </summary>
internal sealed class PreCommitEngine
{
    // Blobs up to this size are loaded and scanned even when over the size limit (secrets hide in big files too).
    private const long MaximumLoadedBlob = 16L * 1024 * 1024;

    // Small commits are checked on the reading thread: waking thread-pool workers costs more than the checks.
    private const int InlineFileCount = 8;

    private readonly PreCommitOptions _options;

    public PreCommitEngine(PreCommitOptions options) => _options = options;

    /// <summary>
    /// Checks what is staged in the repository around <paramref name="workingDirectory"/>, or every file in its index
    /// when <see cref="PreCommitOptions.AllTrackedFiles"/> is set.
    /// </summary>
    public PreCommitResult Run(string workingDirectory)
    {
        var entries = WithoutExcluded(_options.AllTrackedFiles ? GitIndex.ListTracked(workingDirectory) : GitIndex.ListStaged(workingDirectory));
        if (entries.Count == 0)
            return new PreCommitResult(0, Array.Empty<Finding>());

        // The allow-list comes first in the same cat-file stream, read from the index like everything else.
        var names = new List<string>(entries.Count + 1) { ":" + _options.SecretsAllowListPath };
        foreach (var entry in entries)
            names.Add(entry.ObjectId);

        var perFile = new IReadOnlyList<Finding>[entries.Count];
        using var pending = new CountdownEvent(1);
        // Only dotnet format needs the blobs after their own checks; otherwise let each go as soon as it is checked.
        var keepFiles = _options.IsEnabled(BuildRules.Format);
        var files = new StagedFile[keepFiles ? entries.Count : 0];
        IStagedFileCheck[]? checks = null;
        var allowList = SecretAllowList.Empty;
        var loadLimit = Math.Max(MaximumLoadedBlob, _options.MaxFileSizeBytes);
        GitIndex.ReadObjects(workingDirectory, names, loadLimit, (i, content, size) =>
        {
            if (i == 0)
            {
                allowList = content is null ? SecretAllowList.Empty : SecretAllowList.Parse(Encoding.UTF8.GetString(content));
                checks = CreateChecks(allowList);
                return;
            }

            var index = i - 1;
            var file = new StagedFile(entries[index].Path, content ?? Array.Empty<byte>(), size);
            if (keepFiles)
                files[index] = file;
            if (entries.Count <= InlineFileCount)
            {
                perFile[index] = CheckFile(file, checks!);
                return;
            }

            pending.AddCount();
            ThreadPool.QueueUserWorkItem(_ =>
            {
                perFile[index] = CheckFile(file, checks!);
                pending.Signal();
            });
        });
        pending.Signal();
        pending.Wait();

        var findings = Flatten(perFile);
        foreach (var problem in allowList.Problems)
            findings.Add(new Finding(_options.SecretsAllowListPath, problem.Line, 1, BuildRules.Secret, "secrets allow-list: " + problem.Message));
        if (keepFiles)
            findings.AddRange(DotnetFormatCheck.Run(workingDirectory, files));
        return new PreCommitResult(entries.Count, findings);
    }

    /// <summary>Checks files already in memory (benchmarks and tests), in parallel, in input order.</summary>
    public IReadOnlyList<Finding> CheckFiles(IReadOnlyList<StagedFile> files, SecretAllowList? allowList = null)
    {
        var checks = CreateChecks(allowList ?? SecretAllowList.Empty);
        var perFile = new IReadOnlyList<Finding>[files.Count];
        using var pending = new CountdownEvent(files.Count + 1);
        for (var i = 0; i < files.Count; i++)
        {
            var index = i;
            ThreadPool.QueueUserWorkItem(_ =>
            {
                perFile[index] = CheckFile(files[index], checks);
                pending.Signal();
            });
        }

        pending.Signal();
        pending.Wait();
        return Flatten(perFile);
    }

    internal IStagedFileCheck[] CreateChecks(SecretAllowList allowList)
    {
        var all = new IStagedFileCheck[]
        {
            new MergeMarkerCheck(),
            new PrivateKeyCheck(allowList),
            new SecretCheck(allowList),
            new LargeFileCheck(_options.MaxFileSizeBytes),
            new TrailingWhitespaceCheck(),
            new FinalNewlineCheck(),
            new LineEndingsCheck(),
            new JsonCheck(),
            new XmlCheck(),
            new AdrFileCheck(new SharedAdrReader()),
        };
        return Array.FindAll(all, check => _options.IsEnabled(check.Rule));
    }

    private static IReadOnlyList<Finding> CheckFile(StagedFile file, IStagedFileCheck[] checks)
    {
        var scan = new FileScan(file);
        foreach (var check in checks)
        {
            try
            {
                check.Check(scan);
            }
            catch (Exception e)
            {
                // A bug in one check must not crash the hook (or the MSBuild node) on a worker thread: say so instead.
                scan.ReportAt(BuildRules.StagedContentUnreadable, 1, 1, $"{check.Rule.Id} failed on this file ({e.GetType().Name}: {e.Message}); please report it");
            }
        }

        if (scan.Findings.Count == 0)
            return scan.Findings;
        var sorted = new List<Finding>(scan.Findings);
        sorted.Sort();
        return sorted;
    }

    private static List<Finding> Flatten(IReadOnlyList<Finding>[] perFile)
    {
        var all = new List<Finding>();
        foreach (var findings in perFile)
            all.AddRange(findings);
        return all;
    }

    private IReadOnlyList<StagedEntry> WithoutExcluded(IReadOnlyList<StagedEntry> entries)
    {
        if (_options.ExcludedPaths.Count == 0)
            return entries;
        var globs = _options.ExcludedPaths.ConvertAll(glob => new PathGlob(glob));
        var kept = new List<StagedEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (!globs.Exists(glob => glob.IsMatch(entry.Path)))
                kept.Add(entry);
        }

        return kept;
    }
}

/// <summary>How many files were checked and what was found, in path order.</summary>
internal sealed class PreCommitResult
{
    public PreCommitResult(int fileCount, IReadOnlyList<Finding> findings)
    {
        FileCount = fileCount;
        Findings = findings;
    }

    public int FileCount { get; }

    public IReadOnlyList<Finding> Findings { get; }
}
