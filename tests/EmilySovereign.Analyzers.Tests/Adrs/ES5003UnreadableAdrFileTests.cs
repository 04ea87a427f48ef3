using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Adrs.AdrTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Adrs.AdrAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Adrs;

/// <summary>ES5003 is reported inside the .md file, at the line and columns of what could not be read.</summary>
public sealed class ES5003UnreadableAdrFileTests
{
    [Fact]
    public Task Unknown_status_is_reported_at_the_status_value() =>
        Analyzer<AdrAnalyzer>("class C { }", ("0002-wip.md", "# ADR 2: Work\n\nStatus: In progress\n"))
        .Expect(
                Diagnostic(Descriptors.UnreadableAdrFile).WithSpan(Folder + "0002-wip.md", 3, 9, 3, 20)
                    .WithArguments("0002-wip.md", "The status 'In progress' is not one of Proposed, Accepted, Deprecated, Superseded, Rejected"))
        .RunAsync();

    [Fact]
    public Task Missing_status_is_reported_on_the_title_line() =>
        Analyzer<AdrAnalyzer>("class C { }", ("0002-x.md", "\n# 2. X\n"))
        .Expect(
                Diagnostic(Descriptors.UnreadableAdrFile).WithSpan(Folder + "0002-x.md", 2, 1, 2, 1)
                    .WithArguments("0002-x.md", "No status: add 'Status: Accepted' or a '## Status' section"))
        .RunAsync();

    [Fact]
    public Task Windows_line_endings_keep_columns_exact() =>
        Analyzer<AdrAnalyzer>("class C { }", ("0002-x.md", "# ADR 002: X\r\nStatus: Accepted\r\nDate: 2026-13-01\r\n"))
        .Expect(
                Diagnostic(Descriptors.UnreadableAdrFile).WithSpan(Folder + "0002-x.md", 3, 7, 3, 17)
                    .WithArguments("0002-x.md", "The date '2026-13-01' is not a yyyy-MM-dd date"))
        .RunAsync();

    [Fact]
    public Task Readable_files_and_the_index_report_nothing() =>
        Analyzer<AdrAnalyzer>("class C { }", ("0001-a.md", Accepted1), ("README.md", "no title at all")).RunAsync();
}
