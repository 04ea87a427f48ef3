using System;
using System.IO;
using System.Threading;
using EmilySovereign.Analyzers.Common;
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
/// Finds the architecture file among the AdditionalFiles; it is parsed once per content (<see cref="ParsedFileCache{T}"/>).
/// </summary>
internal static class ArchitectureFileCache
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.EmilySovereignKind";
    private const string FallbackFileName = "architecture.json";

    private static readonly ParsedFileCache<ParsedArchitecture> Parsed = new((_, text) => new ParsedArchitecture(ArchitectureParser.Parse(text.ToString())));

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

    public static ParsedArchitecture? Get(AdditionalText file, CancellationToken cancellationToken) =>
        file.GetText(cancellationToken) is { } text ? Parsed.Get(file.Path, text) : null;

    /// <summary>The location of a span of the file, inside the file, for diagnostics the IDE shows on the JSON.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, EmilySovereign.Json.JsonSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        var textSpan = new TextSpan(start, Math.Min(span.Length, text.Length - start));
        return Location.Create(file.Path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }
}
