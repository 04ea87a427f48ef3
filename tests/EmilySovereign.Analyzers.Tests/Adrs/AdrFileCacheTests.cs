using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Adrs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Tests.Adrs;

/// <summary>ADR files are parsed once per content across compilations: same checksum, same parse.</summary>
public sealed class AdrFileCacheTests
{
    [Fact]
    public void Same_text_in_a_new_compilation_reuses_the_parse_and_a_changed_text_does_not()
    {
        const string Path = "/cache-test/docs/adr/0001-a.md";
        var first = Find(Path, "# ADR 1: A\nStatus: Accepted\n");
        var again = Find(Path, "# ADR 1: A\nStatus: Accepted\n");
        var changed = Find(Path, "# ADR 1: A2\nStatus: Accepted\n");

        Assert.Same(first.Document, again.Document);
        Assert.NotSame(first.Document, changed.Document);
        Assert.Equal("A2", changed.Document.Title);
    }

    [Fact]
    public void Only_adr_files_are_found()
    {
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/r/docs/adr/0001-a.md", "# 1. A"), new InMemoryAdditionalText("/r/docs/adr/README.md", "# Index"), new InMemoryAdditionalText("/r/architecture.json", "{}")));

        var found = AdrFileCache.FindAll(options, CancellationToken.None);

        Assert.Equal(new[] { "0001-a.md" }, found.Select(f => f.FileName));
    }

    private static AdrFile Find(string path, string text) =>
        AdrFileCache.FindAll(new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text))), CancellationToken.None).Single();
}
