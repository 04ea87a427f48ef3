using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EmilySovereign.Analyzers.Adrs;

/// <summary>The ADR files of one compilation, by number (a number may have several files: ES5004).</summary>
internal sealed class AdrCatalog
{
    private readonly Dictionary<int, List<AdrFile>> _byNumber = new();

    public AdrCatalog(ImmutableArray<AdrFile> files)
    {
        Files = files;
        foreach (var file in files.OrderBy(f => f.Input.Path, System.StringComparer.Ordinal))
        {
            if (!_byNumber.TryGetValue(file.Document.Number, out var list))
                _byNumber[file.Document.Number] = list = new List<AdrFile>();
            list.Add(file);
        }
    }

    public ImmutableArray<AdrFile> Files { get; }

    /// <summary>The file with <paramref name="number"/> (the first by path when several share it), or null.</summary>
    public AdrFile? Find(int number) => _byNumber.TryGetValue(number, out var list) ? list[0] : null;

    /// <summary>The other files that share the number of <paramref name="file"/>.</summary>
    public IEnumerable<AdrFile> SharingNumberWith(AdrFile file) =>
        _byNumber.TryGetValue(file.Document.Number, out var list) ? list.Where(f => !ReferenceEquals(f, file)) : Enumerable.Empty<AdrFile>();
}
