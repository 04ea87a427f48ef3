using System.Text;
using EmilySovereign.Analyzers.Common;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Tests.Common;

/// <summary>The one cache behind the ADR and architecture file finders: one parse per path and content.</summary>
public sealed class ParsedFileCacheTests
{
    [Fact]
    public void Same_path_and_content_parse_once_across_new_text_instances()
    {
        var parses = 0;
        var cache = new ParsedFileCache<string>((_, text) => { parses++; return text.ToString(); });

        var first = cache.Get("/r/a.json", Text("{}"));
        var again = cache.Get("/r/a.json", Text("{}"));

        Assert.Same(first, again);
        Assert.Equal(1, parses);
    }

    [Fact]
    public void A_changed_text_or_another_path_is_parsed_again()
    {
        var parses = 0;
        var cache = new ParsedFileCache<string>((path, text) => { parses++; return path + ":" + text; });

        cache.Get("/r/a.json", Text("{}"));
        var changed = cache.Get("/r/a.json", Text("{ }"));
        var otherPath = cache.Get("/r/b.json", Text("{ }"));
        var changedAgain = cache.Get("/r/a.json", Text("{ }"));

        Assert.Equal(("/r/a.json:{ }", "/r/b.json:{ }"), (changed, otherPath));
        Assert.Same(changed, changedAgain);
        Assert.Equal(3, parses);
    }

    [Fact]
    public void Checksums_of_different_algorithms_never_match()
    {
        var parses = 0;
        var cache = new ParsedFileCache<string>((_, text) => { parses++; return text.ToString(); });

        cache.Get("/r/a.json", SourceText.From("{}", Encoding.UTF8, SourceHashAlgorithm.Sha1));
        cache.Get("/r/a.json", SourceText.From("{}", Encoding.UTF8, SourceHashAlgorithm.Sha256));

        Assert.Equal(2, parses);
    }

    private static SourceText Text(string text) => SourceText.From(text, Encoding.UTF8);
}
