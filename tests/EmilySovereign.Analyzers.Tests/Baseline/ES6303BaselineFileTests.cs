using System.Threading.Tasks;
using EmilySovereign.Analyzers.Baseline;
using EmilySovereign.Testing.Roslyn;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Baseline.BaselineFileAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Baseline;

/// <summary>ES6303: a line of the baseline file that cannot be read is reported where it is.</summary>
public sealed class ES6303BaselineFileTests
{
    private const string Path = ES6301ES6302BaselineLayerTests.BaselinePath;

    private static Task Verify(string baseline, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        return AnalyzerVerifier<BaselineFileAnalyzer>.Test("class C { }").WithAdditionalFile(Path, baseline).Expect(expected).RunAsync();
    }

    [Fact]
    public Task A_line_with_too_few_fields_is_reported_over_the_line() =>
        Verify(
            "# header\nES1001 | A | B | 1\nES1001 | only two\n",
            Diagnostic(Descriptors.BaselineFileInvalid).WithSpan(Path, 3, 1, 3, 18)
                .WithArguments("expected 'rule | user | used | count' (4 fields separated by ' | '), found 2"));

    [Fact]
    public Task A_count_that_is_not_a_positive_number_is_reported_at_the_count() =>
        Verify(
            "ES1001 | A | B | many\n",
            Diagnostic(Descriptors.BaselineFileInvalid).WithSpan(Path, 1, 18, 1, 22).WithArguments("'many' is not a positive count"));

    [Fact]
    public Task A_key_on_two_lines_is_reported_at_the_second() =>
        Verify(
            "ES1001 | A | B | 1\nES1001 | A | B | 2\n",
            Diagnostic(Descriptors.BaselineFileInvalid).WithSpan(Path, 2, 1, 2, 19)
                .WithArguments("the same rule, user and used appear on an earlier line: merge the two counts"));

    [Fact]
    public Task A_well_formed_file_is_not_reported() =>
        Verify("# comment\n\nES1001 | A | B | 1\r\nES2001 | M | N | 3\n");
}
