using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using EmilySovereign.Architecture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>The architecture file of a compilation, parsed; <see cref="Rules"/> is null when the file is malformed.</summary>
internal sealed class ParsedArchitecture
{
    public ParsedArchitecture(ArchitectureFile file)
    {
        File = file;
        Rules = file.IsMalformed ? null : new LayerRules(file.Layers);
    }

    public ArchitectureFile File { get; }

    public LayerRules? Rules { get; }
}

/// <summary>
/// Finds the architecture file among the AdditionalFiles and parses it once per content: the IDE makes a new
/// compilation on every keystroke, but the file rarely changes, so the parse is keyed by path and text checksum.
/// </summary>
internal static class ArchitectureFileCache
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.EmilySovereignKind";
    private const string FallbackFileName = "architecture.json";

    // One entry per architecture file path: bounded by the number of distinct files, replaced when the text changes.
    private static readonly ConcurrentDictionary<string, Entry> s_byPath = new(StringComparer.Ordinal);

    /// <summary>The file marked <c>EmilySovereignKind=Architecture</c>, else one named <c>architecture.json</c>.</summary>
    public static AdditionalText? Find(AnalyzerOptions options)
    {
        AdditionalText? byName = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind) &&
                string.Equals(kind, "Architecture", StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }

            if (byName is null && string.Equals(Path.GetFileName(file.Path), FallbackFileName, StringComparison.OrdinalIgnoreCase))
            {
                byName = file;
            }
        }

        return byName;
    }

    public static ParsedArchitecture? Get(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var checksum = text.GetChecksum();
        if (!checksum.IsDefaultOrEmpty && s_byPath.TryGetValue(file.Path, out var cached) && SameBytes(cached.Checksum, checksum))
        {
            return cached.Parsed;
        }

        var parsed = new ParsedArchitecture(ArchitectureParser.Parse(text.ToString()));
        if (!checksum.IsDefaultOrEmpty)
        {
            s_byPath[file.Path] = new Entry(checksum, parsed);
        }

        return parsed;
    }

    /// <summary>The location of a span of the file, inside the file, for diagnostics the IDE shows on the JSON.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, EmilySovereign.Json.JsonSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        var textSpan = new TextSpan(start, Math.Min(span.Length, text.Length - start));
        return Location.Create(file.Path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }

    private static bool SameBytes(ImmutableArray<byte> left, ImmutableArray<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Entry
    {
        public Entry(ImmutableArray<byte> checksum, ParsedArchitecture parsed)
        {
            Checksum = checksum;
            Parsed = parsed;
        }

        public ImmutableArray<byte> Checksum { get; }

        public ParsedArchitecture Parsed { get; }
    }
}
