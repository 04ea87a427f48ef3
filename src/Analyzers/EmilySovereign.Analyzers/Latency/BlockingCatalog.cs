using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Latency;

/// <summary>
/// The blocking-call catalog: documentation-comment IDs (BannedApiAnalyzers format) mapped to the reason they block.
/// The shipped catalog is an embedded resource; users extend it with AdditionalFiles named <see cref="UserFileName"/>.
/// </summary>
internal sealed class BlockingCatalog
{
    public const string UserFileName = "LatencyBlocking.txt";

    private const string ResourceName = "EmilySovereign.Analyzers.Latency.LatencyBlocking.txt";

    private static readonly Lazy<BlockingCatalog> LazyShipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    // Parsed user files by path and checksum: every compilation of an IDE session re-reads the same text.
    private static readonly ParsedFileCache<BlockingCatalog> UserFiles = new(Parse);

    private readonly ImmutableDictionary<string, string> _reasons;

    private BlockingCatalog(ImmutableDictionary<string, string> reasons, ImmutableArray<CatalogLineError> errors)
    {
        _reasons = reasons;
        Errors = errors;
    }

    /// <summary>The catalog that ships inside the analyzer assembly.</summary>
    public static BlockingCatalog Shipped => LazyShipped.Value;

    /// <summary>Every ID of the catalog, as written.</summary>
    public IEnumerable<string> Ids => _reasons.Keys;

    /// <summary>Lines of a user file that are not catalog entries.</summary>
    public ImmutableArray<CatalogLineError> Errors { get; }

    public bool TryGetReason(string documentationId, out string reason) => _reasons.TryGetValue(documentationId, out reason!);

    /// <summary>The shipped catalog merged with every <see cref="UserFileName"/> AdditionalFile (later entries win).</summary>
    public static BlockingCatalog ForCompilation(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var catalog = Shipped;
        foreach (var file in additionalFiles)
        {
            if (!string.Equals(Path.GetFileName(file.Path), UserFileName, StringComparison.OrdinalIgnoreCase))
                continue;
            var text = file.GetText(cancellationToken);
            if (text is null)
                continue;
            catalog = catalog.Merge(UserFiles.Get(file.Path, text));
        }

        return catalog;
    }

    public static BlockingCatalog Parse(string path, SourceText text)
    {
        var reasons = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<CatalogLineError>();
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            var separator = trimmed.IndexOf(';');
            var id = (separator < 0 ? trimmed : trimmed.Substring(0, separator)).Trim();
            var reason = separator < 0 ? "listed in " + UserFileName : trimmed.Substring(separator + 1).Trim();
            if (!IsDocumentationId(id))
            {
                errors.Add(new CatalogLineError(path, line.Span, text.Lines.GetLinePositionSpan(line.Span), trimmed));
                continue;
            }

            reasons[id] = reason.Length == 0 ? "listed in " + UserFileName : reason;
        }

        return new BlockingCatalog(reasons.ToImmutable(), errors.ToImmutable());
    }

    private static bool IsDocumentationId(string id) =>
        id.Length > 2 && id[1] == ':' && id[0] is 'T' or 'M' or 'P' or 'F' or 'E' && id.IndexOf(' ') < 0;

    private BlockingCatalog Merge(BlockingCatalog user) =>
        new(_reasons.SetItems(user._reasons), Errors.AddRange(user.Errors));

    private static BlockingCatalog LoadShipped()
    {
        using var stream = typeof(BlockingCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The blocking catalog resource is missing: " + ResourceName);
        return Parse(ResourceName, SourceText.From(stream));
    }
}

/// <summary>A line of a user catalog that is not a documentation-comment ID.</summary>
internal sealed record CatalogLineError(string Path, TextSpan Span, LinePositionSpan LineSpan, string Text)
{
    public Location ToLocation() => Location.Create(Path, Span, LineSpan);
}
