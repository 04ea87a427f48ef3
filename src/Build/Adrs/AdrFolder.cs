using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EmilySovereign.Adrs;

namespace EmilySovereign.Build.Adrs;

/// <summary>The ADR files of a folder, parsed and sorted by number then file name; a missing folder has none.</summary>
internal static class AdrFolder
{
    public static List<AdrDocument> Load(string directory)
    {
        if (!Directory.Exists(directory))
            return new List<AdrDocument>();

        return Directory.EnumerateFiles(directory)
            .Where(path => AdrFileName.TryGetNumber(path, out _))
            .Select(path => AdrParser.Parse(path, File.ReadAllText(path)))
            .OrderBy(d => d.Number)
            .ThenBy(d => Path.GetFileName(d.Path), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The next free number: one more than the highest file number (so gaps are never reused).</summary>
    public static int NextNumber(IEnumerable<AdrDocument> documents) =>
        documents.Select(d => d.Number).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Writes UTF-8 without a byte order mark unless the file had one; false when the bytes are unchanged.</summary>
    public static bool WriteIfChanged(string path, string text, bool byteOrderMark = false)
    {
        var bytes = (byteOrderMark ? Encoding.UTF8.GetPreamble() : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        if (File.Exists(path) && File.ReadAllBytes(path).SequenceEqual(bytes))
            return false;

        File.WriteAllBytes(path, bytes);
        return true;
    }
}
