using System.Collections.Immutable;
using System.Threading;
using EmilySovereign.Adrs;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Adrs;

/// <summary>One ADR file of a compilation: the compiler's input, its text and what the parser read from it.</summary>
internal sealed record AdrFile(AdditionalText Input, SourceText Text, AdrDocument Document)
{
    public string FileName => AdrFileName.FileNameOf(Input.Path);

    /// <summary>The location of a 1-based line and column of the file (clamped into the text).</summary>
    public Location LocationOf(int line, int column, int length) => FileLocation.Of(Input.Path, Text, line, column, length);
}

/// <summary>
/// Finds the ADR files among the AdditionalFiles; each is parsed once per content (<see cref="ParsedFileCache{T}"/>).
/// </summary>
internal static class AdrFileCache
{
    private static readonly ParsedFileCache<AdrDocument> Documents = new((path, text) => AdrParser.Parse(path, text.ToString()));

    public static ImmutableArray<AdrFile> FindAll(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<AdrFile>();
        foreach (var input in options.AdditionalFiles)
        {
            options.AnalyzerConfigOptionsProvider.GetOptions(input).TryGetValue(AdrFileName.KindMetadata, out var kind);
            if (AdrFileName.IsAdrInput(input.Path, kind) && input.GetText(cancellationToken) is { } text)
                files.Add(new AdrFile(input, text, Documents.Get(input.Path, text)));
        }

        return files.ToImmutable();
    }
}
