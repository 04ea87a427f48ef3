using System;
using System.IO;
using System.Linq;
using EmilySovereign.Adrs;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// Loading an ADR folder (only <c>NNNN-title.md</c> files, by number then ordinal file name), the next free number,
/// and writing a file only when its bytes change, with or without a byte order mark.
/// </summary>
public sealed class AdrFolderTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public void A_missing_folder_has_no_adrs()
    {
        using var folder = new TempDirectory("adr");

        Assert.Empty(AdrFolder.Load(folder.Combine("docs/adr")));
    }

    [Fact]
    public void Only_numbered_markdown_files_are_loaded_parsed_and_sorted_by_number_then_ordinal_name()
    {
        using var folder = new TempDirectory("adr");
        folder.Write("0010-ten.md", "# ADR 10: Ten\nStatus: Accepted\n");
        folder.Write("0002-alpha.md", "# ADR 2: Alpha\nStatus: Accepted\n");
        folder.Write("0002-Zeta.md", "# ADR 2: Zeta\nStatus: Accepted\n");
        folder.Write("0001-one.md", "# ADR 1: One\nStatus: Proposed\n");
        folder.Write("README.md", "# Index\n");
        folder.Write("012-short.md", "# ADR 12: Short\nStatus: Accepted\n");
        folder.Write("0003-text.txt", "# ADR 3: Text\nStatus: Accepted\n");

        var documents = AdrFolder.Load(folder.Path);

        Assert.Equal(
            new[] { "0001-one.md", "0002-Zeta.md", "0002-alpha.md", "0010-ten.md" },
            documents.Select(d => Path.GetFileName(d.Path)));
        Assert.Equal(new[] { 1, 2, 2, 10 }, documents.Select(d => d.Number));
        Assert.Equal(new[] { "One", "Zeta", "Alpha", "Ten" }, documents.Select(d => d.Title));
        Assert.Equal(AdrStatusKind.Proposed, documents[0].Status);
        Assert.Equal(folder.Combine("0001-one.md"), documents[0].Path);
    }

    [Theory]
    [InlineData(new int[0], 1)]
    [InlineData(new[] { 1 }, 2)]
    [InlineData(new[] { 5, 1 }, 6)]
    [InlineData(new[] { 1, 2, 9, 3 }, 10)]
    public void The_next_number_is_one_more_than_the_highest_so_gaps_are_not_reused(int[] numbers, int expected)
    {
        var documents = numbers.Select(n => new AdrDocument($"{n:0000}-x.md") { Number = n });

        Assert.Equal(expected, AdrFolder.NextNumber(documents));
    }

    [Fact]
    public void A_new_file_is_written_as_utf8_without_a_byte_order_mark()
    {
        using var folder = new TempDirectory("adr");
        var path = folder.Combine("a.md");

        Assert.True(AdrFolder.WriteIfChanged(path, "Résumé\n"));

        Assert.Equal(new byte[] { (byte)'R', 0xC3, 0xA9, (byte)'s', (byte)'u', (byte)'m', 0xC3, 0xA9, (byte)'\n' }, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_byte_order_mark_is_written_first_when_asked_for()
    {
        using var folder = new TempDirectory("adr");
        var path = folder.Combine("a.md");

        Assert.True(AdrFolder.WriteIfChanged(path, "x", byteOrderMark: true));

        Assert.Equal(Bom.Append((byte)'x'), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("same\n", false, false)]
    [InlineData("same\n", true, true)]
    [InlineData("other\n", false, true)]
    public void An_existing_file_is_rewritten_only_when_its_bytes_would_change(string text, bool byteOrderMark, bool expected)
    {
        using var folder = new TempDirectory("adr");
        var path = folder.Write("a.md", "same\n");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        Assert.Equal(expected, AdrFolder.WriteIfChanged(path, text, byteOrderMark));

        Assert.Equal((byteOrderMark ? Bom : Array.Empty<byte>()).Concat(System.Text.Encoding.UTF8.GetBytes(text)), File.ReadAllBytes(path));
        Assert.Equal(expected, File.GetLastWriteTimeUtc(path) != stamp);
    }
}
