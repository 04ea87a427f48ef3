using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// The blocking catalog's file format and the files it reads: one documentation ID per line with an optional reason
/// after a semicolon, comments and blank lines skipped, every other line an error at its place; only files named
/// LatencyBlocking.txt extend the shipped entries.
/// </summary>
public class BlockingCatalogTests
{
    private const string ListedReason = "listed in " + BlockingCatalog.UserFileName;

    [Fact]
    public void A_line_is_an_id_and_an_optional_reason_after_a_semicolon()
    {
        var catalog = Parse("""
            # a comment, and a blank line

            M:Vendor.Client.Fetch; waits for the network
            M:Vendor.Client.Send
            T:Vendor.Client;
            """);

        Assert.Empty(catalog.Errors);
        Assert.Equal(new[] { "M:Vendor.Client.Fetch", "M:Vendor.Client.Send", "T:Vendor.Client" }, catalog.Ids.OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Equal("waits for the network", Reason(catalog, "M:Vendor.Client.Fetch"));
        Assert.Equal(ListedReason, Reason(catalog, "M:Vendor.Client.Send"));
        Assert.Equal(ListedReason, Reason(catalog, "T:Vendor.Client"));
    }

    [Theory]
    [InlineData("M:")]
    [InlineData("X:Vendor.Client.Fetch")]
    [InlineData("MVendor.Client.Fetch")]
    [InlineData("M:Vendor.Client Fetch")]
    [InlineData("; a reason without an id")]
    public void A_line_that_is_no_documentation_id_is_an_error_at_its_line_and_no_entry(string line)
    {
        var catalog = Parse("M:Vendor.Client.Fetch\n  " + line + "\n");

        var error = Assert.Single(catalog.Errors);
        Assert.Equal(1, error.LineSpan.Start.Line);
        Assert.Equal(line, error.Text);
        Assert.Equal("M:Vendor.Client.Fetch", Assert.Single(catalog.Ids));
    }

    [Fact]
    public void Only_files_named_LatencyBlocking_txt_add_entries_and_a_changed_file_is_read_again()
    {
        const string path = "/catalog-tests/project/latencyblocking.TXT";
        var first = BlockingCatalog.ForCompilation(
            ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("/catalog-tests/project/Other.txt", "M:Vendor.Client.Other"),
                new InMemoryAdditionalText(path, "M:Vendor.Client.Fetch"),
                new Unreadable("/catalog-tests/LatencyBlocking.txt")),
            CancellationToken.None);
        Assert.True(first.TryGetReason("M:Vendor.Client.Fetch", out _));
        Assert.False(first.TryGetReason("M:Vendor.Client.Other", out _));
        Assert.True(first.TryGetReason(BlockingCatalog.Shipped.Ids.First(), out _));

        var changed = BlockingCatalog.ForCompilation(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, "M:Vendor.Client.Send")), CancellationToken.None);
        Assert.True(changed.TryGetReason("M:Vendor.Client.Send", out _));
        Assert.False(changed.TryGetReason("M:Vendor.Client.Fetch", out _));
    }

    private static BlockingCatalog Parse(string text) => BlockingCatalog.Parse(BlockingCatalog.UserFileName, SourceText.From(text));

    private static string Reason(BlockingCatalog catalog, string id) => catalog.TryGetReason(id, out var reason) ? reason : "(none)";

    /// <summary>A file the compiler could not read: its text is null.</summary>
    private sealed class Unreadable(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
