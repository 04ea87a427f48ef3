using System.Threading.Tasks;
using EmilySovereign.Analyzers.Adrs;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Analyzers.Tests.Adrs.AdrTestSources;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Adrs.AdrAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Adrs;

public sealed class ES5004DuplicateAdrNumberTests
{
    [Fact]
    public Task Both_files_are_reported_on_their_title_lines_naming_each_other() =>
        Analyzer<AdrAnalyzer>(
            "class C { }",
            ("0004-use-a.md", "# ADR 4: Use A\nStatus: Accepted\n"),
            ("0004-use-b.md", "\n# 4. Use B\n\n## Status\n\nProposed\n"))
        .Expect(
                Diagnostic(Descriptors.DuplicateAdrNumber).WithSpan(Folder + "0004-use-a.md", 1, 1, 1, 15).WithArguments(4, "0004-use-a.md", "0004-use-b.md"),
                Diagnostic(Descriptors.DuplicateAdrNumber).WithSpan(Folder + "0004-use-b.md", 2, 1, 2, 11).WithArguments(4, "0004-use-b.md", "0004-use-a.md"))
        .RunAsync();

    [Fact]
    public Task Same_title_number_in_different_file_numbers_is_no_duplicate() =>
        Analyzer<AdrAnalyzer>(
            "class C { }",
            ("0001-a.md", Accepted1),
            ("0002-b.md", "# ADR 2: B\nStatus: Accepted\n")).RunAsync();
}
