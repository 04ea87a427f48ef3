using System;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary><c>dotnet msbuild -t:AdrNew</c>: numbering, the template, supersede editing and clear errors (ES5010, ES5012).</summary>
public sealed class AdrNewTargetTests
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public void Empty_repository_gets_adr_1_and_an_index()
    {
        using var host = AdrTargetHost.Create();

        var result = host.MSBuild("AdrNew", "AdrTitle=Use HDC fallback", "AdrDate=2026-11-25");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "0001-use-hdc-fallback.md", "README.md" }, host.AdrFiles());
        Assert.StartsWith("# ADR 001: Use HDC fallback\n\nStatus: Accepted\nDate: 2026-11-25\nContext: ", host.ReadAdr("0001-use-hdc-fallback.md"));
        Assert.Contains("| [1](0001-use-hdc-fallback.md) | Use HDC fallback | Accepted | 2026-11-25 |", host.ReadAdr("README.md"));
    }

    [Fact]
    public void Next_number_follows_the_highest_and_gaps_are_not_reused()
    {
        using var host = AdrTargetHost.Create();
        host.WriteAdr("0001-a.md", "# ADR 1: A\nStatus: Accepted\n");
        host.WriteAdr("0005-e.md", "# 5. E\n\n## Status\n\nAccepted\n");

        var result = host.MSBuild("AdrNew", "AdrTitle=Résumé: the *next* one!", "AdrStatus=proposed");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0006-r-sum-the-next-one.md", host.AdrFiles());
        Assert.Contains($"Status: Proposed\nDate: {Today}\n", host.ReadAdr("0006-r-sum-the-next-one.md"));
    }

    [Fact]
    public void Supersedes_marks_the_old_adr_touching_only_its_status_line()
    {
        using var host = AdrTargetHost.Create();
        const string Old = "\uFEFF# ADR 003: Use MySQL\r\n\r\nStatus: **Accepted**\r\nDate: 2025-02-01\r\nContext: Status: stays.\r\n";
        host.WriteAdr("0003-use-mysql.md", Old);

        var result = host.MSBuild("AdrNew", "AdrTitle=Use Postgres", "AdrSupersedes=3");

        Assert.True(result.ExitCode == 0, result.ToString());
        var edited = System.IO.File.ReadAllBytes(System.IO.Path.Combine(host.AdrFolder, "0003-use-mysql.md"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, edited.Take(3));
        Assert.Equal(
            "# ADR 003: Use MySQL\r\n\r\nStatus: **Superseded by [ADR 004](0004-use-postgres.md)**\r\nDate: 2025-02-01\r\nContext: Status: stays.\r\n",
            System.Text.Encoding.UTF8.GetString(edited, 3, edited.Length - 3));
        Assert.Contains("Supersedes: [ADR 003](0003-use-mysql.md)\n", host.ReadAdr("0004-use-postgres.md"));
        Assert.Contains("| [3](0003-use-mysql.md) | Use MySQL | Superseded | 2025-02-01 | [4](0004-use-postgres.md) |", host.ReadAdr("README.md"));
    }

    [Fact]
    public void Supersedes_in_adr_tools_form_rewrites_the_status_section_line()
    {
        using var host = AdrTargetHost.Create();
        host.WriteAdr("0002-old.md", "# 2. Old\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nAccepted is a word.\n");

        var result = host.MSBuild("AdrNew", "AdrTitle=New", "AdrSupersedes=2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("# 2. Old\n\nDate: 2025-01-01\n\n## Status\n\nSuperseded by [3. New](0003-new.md)\n\n## Context\n\nAccepted is a word.\n", host.ReadAdr("0002-old.md"));
    }

    [Fact]
    public void Missing_title_is_a_clear_error()
    {
        using var host = AdrTargetHost.Create();

        var result = host.MSBuild("AdrNew");

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(BuildDiagnostic.Parse(result.Output), d => d.Id == "ES5010");
        Assert.Contains("-p:AdrTitle=", error.Message);
        Assert.Empty(host.AdrFiles());
    }

    [Fact]
    public void Unknown_superseded_adr_is_an_error_and_creates_nothing()
    {
        using var host = AdrTargetHost.Create();
        host.WriteAdr("0001-a.md", "# ADR 1: A\nStatus: Accepted\n");

        var result = host.MSBuild("AdrNew", "AdrTitle=B", "AdrSupersedes=9");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(result.Output), d => d.Id == "ES5012" && d.Message.Contains("ADRs there: 1"));
        Assert.Equal(new[] { "0001-a.md" }, host.AdrFiles());
    }
}
