using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EmilySovereign.Build.Adrs;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>
/// <c>-t:AdrNew</c>'s task in this process: numbering, the title, status, date and template, marking the superseded
/// ADR (its byte order mark kept or not), and the errors ES5010 to ES5014 that create nothing.
/// </summary>
public sealed class AdrNewTaskTests
{
    private const string Statuses = "is not one of Proposed, Accepted, Deprecated, Superseded, Rejected";

    [Fact]
    public void The_first_adr_of_a_missing_folder_is_number_1_with_a_trimmed_title_from_the_default_template()
    {
        using var folder = new TempDirectory("adr");
        var adrs = folder.Combine("docs/adr");

        var task = Create(new AdrNewTask { AdrDirectory = adrs, Title = "  Use HDC fallback  ", Date = "2026-11-25" }, out var engine);

        var file = Path.Combine(adrs, "0001-use-hdc-fallback.md");
        Assert.Equal(file, task.CreatedFile);
        Assert.Equal(Utf8(AdrTemplate.Render(AdrTemplate.Default, 1, "Use HDC fallback", "Accepted", "2026-11-25", null, null)), File.ReadAllBytes(file));
        AssertMessages(engine, $"AdrNew: created {file}");
    }

    [Fact]
    public void A_new_adr_takes_the_next_number_after_the_highest()
    {
        using var folder = new TempDirectory("adr");
        folder.Write("0001-a.md", "# ADR 1: A\nStatus: Accepted\n");
        folder.Write("0005-e.md", "# 5. E\n\n## Status\n\nAccepted\n");

        var task = Create(new AdrNewTask { AdrDirectory = folder.Path, Title = "F", Date = " 2026-01-02 ", Supersedes = "  " }, out _);

        Assert.Equal(folder.Combine("0006-f.md"), task.CreatedFile);
        Assert.Equal(new[] { "0001-a.md", "0005-e.md", "0006-f.md" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("# ADR 006: F\n\nStatus: Accepted\nDate: 2026-01-02\nContext: ", File.ReadAllText(task.CreatedFile));
    }

    [Fact]
    public void Without_a_date_the_adr_is_dated_today_in_utc()
    {
        using var folder = new TempDirectory("adr");
        var before = Today();

        var task = Create(new AdrNewTask { AdrDirectory = folder.Path, Title = "A" }, out _);

        var date = File.ReadAllLines(task.CreatedFile)[3];
        Assert.Contains(date, new[] { "Date: " + before, "Date: " + Today() });
    }

    [Theory]
    [InlineData("proposed", "Proposed")]
    [InlineData(" **Deprecated** ", "Deprecated")]
    [InlineData("SUPERSEDED", "Superseded")]
    [InlineData("Rejected", "Rejected")]
    public void The_status_is_written_with_its_canonical_name(string status, string expected)
    {
        using var folder = new TempDirectory("adr");

        var task = Create(new AdrNewTask { AdrDirectory = folder.Path, Title = "A", Status = status, Date = "2026-01-01" }, out _);

        Assert.Equal("Status: " + expected, File.ReadAllLines(task.CreatedFile)[2]);
    }

    [Theory]
    [InlineData("{{number}} {{title}} {{status}} {{date}}{{supersedes}}\n", "001 A b Rejected 2026-01-01\n")]
    [InlineData(null, null)]
    public void A_template_file_replaces_the_default_one_and_a_blank_name_keeps_the_default(string? template, string? expected)
    {
        using var folder = new TempDirectory("adr");
        var templateFile = template is null ? "  " : folder.Write("template/adr.md", template);

        var task = Create(new AdrNewTask { AdrDirectory = folder.Combine("adr"), Title = "A b", Status = "rejected", Date = "2026-01-01", TemplateFile = templateFile }, out _);

        Assert.Equal(
            expected ?? AdrTemplate.Render(AdrTemplate.Default, 1, "A b", "Rejected", "2026-01-01", null, null),
            File.ReadAllText(task.CreatedFile));
    }

    [Fact]
    public void Supersedes_marks_the_old_adr_keeping_its_byte_order_mark_and_line_ends()
    {
        using var folder = new TempDirectory("adr");
        var old = folder.Write("0003-use-mysql.md", "\uFEFF# ADR 003: Use MySQL\r\n\r\nStatus: **Accepted**\r\nDate: 2025-02-01\r\n");

        var task = Create(new AdrNewTask { AdrDirectory = folder.Path, Title = "Use Postgres", Supersedes = " 3 ", Date = "2026-11-25" }, out var engine);

        Assert.Equal(
            Utf8("\uFEFF# ADR 003: Use MySQL\r\n\r\nStatus: **Superseded by [ADR 004](0004-use-postgres.md)**\r\nDate: 2025-02-01\r\n"),
            File.ReadAllBytes(old));
        Assert.Equal(
            AdrTemplate.Render(AdrTemplate.Default, 4, "Use Postgres", "Accepted", "2026-11-25", 3, "0003-use-mysql.md"),
            File.ReadAllText(task.CreatedFile));
        AssertMessages(engine, $"AdrNew: created {task.CreatedFile}", "AdrNew: marked ADR 3 (0003-use-mysql.md) superseded by ADR 4");
    }

    // A bool, not the mark itself, as the theory's argument: test runners that select tests by display name lose an
    // invisible character in it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_status_on_the_first_line_is_marked_whether_or_not_a_byte_order_mark_precedes_it(bool byteOrderMark)
    {
        var bom = byteOrderMark ? "\uFEFF" : "";
        using var folder = new TempDirectory("adr");
        var old = folder.Write("0002-old.md", bom + "Status: Accepted\n# ADR 2: Old\n");

        Create(new AdrNewTask { AdrDirectory = folder.Path, Title = "New", Supersedes = "2", Date = "2026-11-25" }, out _);

        Assert.Equal(Utf8(bom + "Status: Superseded by [ADR 003](0003-new.md)\n# ADR 2: Old\n"), File.ReadAllBytes(old));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_title_is_ES5010_and_creates_nothing(string title)
    {
        using var folder = new TempDirectory("adr");
        var adrs = folder.Combine("adr");

        Fails(new AdrNewTask { AdrDirectory = adrs, Title = title }, "test.proj(0,0): error ES5010: AdrNew needs a title: dotnet msbuild -t:AdrNew -p:AdrTitle=\"Use HDC fallback\"");

        Assert.False(Directory.Exists(adrs));
    }

    [Theory]
    [InlineData("Someday")]
    [InlineData("Accepted later")]
    [InlineData("")]
    public void A_status_that_is_not_one_word_of_the_five_is_ES5014_and_creates_nothing(string status)
    {
        using var folder = new TempDirectory("adr");
        var adrs = folder.Combine("adr");

        Fails(new AdrNewTask { AdrDirectory = adrs, Title = "A", Status = status }, $"test.proj(0,0): error ES5014: AdrStatus '{status}' {Statuses}");

        Assert.False(Directory.Exists(adrs));
    }

    [Theory]
    [InlineData("9", "1, 5")]
    [InlineData("x", "1, 5")]
    [InlineData("+5", "1, 5")]
    [InlineData("1", "none")]
    public void Supersedes_naming_no_adr_is_ES5012_listing_the_numbers_there(string supersedes, string there)
    {
        using var folder = new TempDirectory("adr");
        if (there != "none")
        {
            folder.Write("0001-a.md", "# ADR 1: A\nStatus: Accepted\n");
            folder.Write("0005-e.md", "# ADR 5: E\nStatus: Accepted\n");
        }

        var before = Directory.GetFiles(folder.Path);

        Fails(
            new AdrNewTask { AdrDirectory = folder.Path, Title = "B", Supersedes = supersedes },
            $"test.proj(0,0): error ES5012: AdrSupersedes={supersedes} names no ADR in {folder.Path} (ADRs there: {there})");

        Assert.Equal(before, Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Superseding_an_adr_without_a_status_line_is_ES5013_at_its_file_and_creates_nothing()
    {
        using var folder = new TempDirectory("adr");
        var old = folder.Write("0002-old.md", "# ADR 2: Old\n");

        Fails(
            new AdrNewTask { AdrDirectory = folder.Path, Title = "New", Supersedes = "2" },
            $"{old}(1,1): error ES5013: ADR 2 has no status line to mark superseded: add 'Status: Accepted' to it first");

        Assert.Equal(new[] { old }, Directory.GetFiles(folder.Path));
        Assert.Equal("# ADR 2: Old\n", File.ReadAllText(old));
    }

    [Fact]
    public void A_template_that_cannot_be_read_is_ES5011_and_creates_nothing()
    {
        using var folder = new TempDirectory("adr");
        var template = folder.Combine("missing.md");
        var reason = Assert.ThrowsAny<IOException>(() => File.ReadAllText(template)).Message;

        Fails(
            new AdrNewTask { AdrDirectory = folder.Combine("adr"), Title = "A", TemplateFile = template },
            $"test.proj(0,0): error ES5011: AdrNew cannot use the ADR folder '{folder.Combine("adr")}': {reason}");

        Assert.False(Directory.Exists(folder.Combine("adr")));
    }

    private static AdrNewTask Create(AdrNewTask task, out RecordingBuildEngine engine)
    {
        RecordingBuildEngine.Attach(task, out engine);
        Assert.True(task.Execute());
        Assert.Empty(engine.Diagnostics);
        return task;
    }

    private static void Fails(AdrNewTask task, string diagnostic)
    {
        RecordingBuildEngine.Attach(task, out var engine);

        Assert.False(task.Execute());

        Assert.Equal(new[] { diagnostic }, engine.Diagnostics);
        var id = diagnostic.Substring(diagnostic.IndexOf("error ", StringComparison.Ordinal) + 6, 6);
        Assert.Equal(RuleDocs.HelpLinkBase + id + ".md", engine.Errors.Single().HelpKeyword);
        Assert.Empty(engine.Messages);
        Assert.Equal(string.Empty, task.CreatedFile);
    }

    private static void AssertMessages(RecordingBuildEngine engine, params string[] messages)
    {
        Assert.Equal(messages.Select(m => (m, MessageImportance.High)), engine.LoggedMessages);
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
