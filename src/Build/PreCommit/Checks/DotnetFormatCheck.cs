using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Git;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>
/// ES6010 (off by default): <c>dotnet format whitespace --folder --verify-no-changes</c> on the STAGED C# files.
/// dotnet format only reads files on disk, so the staged blobs and the repository's .editorconfig files (also from
/// the index) are written to a temporary folder and checked there; the working tree is never looked at. Folder mode
/// needs no project or restore, which keeps it to whitespace and .editorconfig formatting rules.
/// </summary>
internal static class DotnetFormatCheck
{
    private static readonly Regex DiagnosticLine = new(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): (error|warning) (?<id>\w+): (?<msg>.*?)( \[.*\])?$", RegexOptions.Multiline);

    public static IReadOnlyList<Finding> Run(string workingDirectory, IReadOnlyList<StagedFile> files)
    {
        var csharp = new List<StagedFile>();
        foreach (var file in files)
        {
            if (file.Extension == ".cs" && file.IsText)
                csharp.Add(file);
        }

        if (csharp.Count == 0)
            return Array.Empty<Finding>();

        var folder = Path.Combine(Path.GetTempPath(), "emilysovereign-format-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        try
        {
            foreach (var file in csharp)
                Write(folder, file.Path, file.Content);
            WriteEditorConfigs(workingDirectory, folder);
            var result = GitCommand.RunTool(
                "dotnet", folder, new[] { "format", "whitespace", folder, "--folder", "--verify-no-changes", "--verbosity", "quiet" });
            return Parse(folder, result);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static IReadOnlyList<Finding> Parse(string folder, CommandResult result)
    {
        var findings = new List<Finding>();
        foreach (Match match in DiagnosticLine.Matches(result.Output + "\n" + result.Error))
        {
            var full = Path.GetFullPath(match.Groups["file"].Value.Trim());
            var relative = full.StartsWith(folder, StringComparison.Ordinal) ? full.Substring(folder.Length + 1).Replace('\\', '/') : full;
            findings.Add(new Finding(
                relative,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                BuildRules.Format,
                $"dotnet format ({match.Groups["id"].Value}): {match.Groups["msg"].Value.Trim()} Run 'dotnet format' and stage the result."));
        }

        if (findings.Count == 0 && result.ExitCode != 0 && result.ExitCode != 2)
            findings.Add(new Finding(".", 1, 1, BuildRules.Format, "dotnet format could not run (exit code " + result.ExitCode + "): " + result.Error.Trim()));
        return findings;
    }

    private static void WriteEditorConfigs(string workingDirectory, string folder)
    {
        var listed = GitCommand.Run(workingDirectory, "ls-files", "-s", "-z", "--", ".editorconfig", "*/.editorconfig");
        if (!listed.Succeeded)
            return;
        var paths = new List<string>();
        var ids = new List<string>();
        foreach (var record in listed.Output.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = record.IndexOf('\t');
            var fields = record.Substring(0, tab).Split(' ');
            paths.Add(record.Substring(tab + 1));
            ids.Add(fields[1]);
        }

        GitIndex.ReadObjects(workingDirectory, ids, 1 << 20, (i, content, _) =>
        {
            if (content is not null)
                Write(folder, paths[i], content);
        });
    }

    private static void Write(string folder, string relativePath, byte[] content)
    {
        var full = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }
}
