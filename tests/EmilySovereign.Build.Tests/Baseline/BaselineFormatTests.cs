using System.Linq;
using EmilySovereign.Baseline;

namespace EmilySovereign.Build.Tests.Baseline;

/// <summary>The file -t:Baseline writes and the analyzers read: sorted, one entry a line, read back the same.</summary>
public sealed class BaselineFormatTests
{
    [Fact]
    public void Entries_are_written_in_ordinal_order_of_rule_user_and_used()
    {
        var text = BaselineFormat.Write(new[]
        {
            new BaselineEntry("ES2001", "A", "B", 1),
            new BaselineEntry("ES1001", "b", "X", 3),
            new BaselineEntry("ES1001", "B", "Y", 2),
            new BaselineEntry("ES1001", "B", "X", 1),
        });

        Assert.StartsWith(BaselineFormat.Header, text);
        Assert.Equal(
            new[] { "ES1001 | B | X | 1", "ES1001 | B | Y | 2", "ES1001 | b | X | 3", "ES2001 | A | B | 1" },
            text.Split('\n').Where(line => line.Length > 0 && line[0] != '#'));
    }

    [Fact]
    public void What_is_written_reads_back_the_same_with_its_lines()
    {
        var written = BaselineFormat.Write(new[] { new BaselineEntry("ES1001", "N.User<T>", "N.Used", 4), new BaselineEntry("ES2002", "S.M(int, string)", "Thread.Sleep", 1) });

        var (entries, problems) = BaselineFormat.Parse(written.Replace("\n", "\r\n"));

        Assert.Empty(problems);
        Assert.Equal(
            new[] { ("ES1001", "N.User<T>", "N.Used", 4, 4), ("ES2002", "S.M(int, string)", "Thread.Sleep", 1, 5) },
            entries.Select(e => (e.Rule, e.User, e.Used, e.Count, e.Line)));
    }

    [Theory]
    [InlineData("ES1001 | A | B", 1, 1, "found 3")]
    [InlineData("ES1001 | A | B | 0", 1, 18, "'0' is not a positive count")]
    [InlineData("ES1001 | A | B | -2", 1, 18, "'-2' is not a positive count")]
    [InlineData("CA1000 | A | B | 1", 1, 1, "'CA1000' is not a rule ID")]
    [InlineData("ES1001 |  | B | 1", 1, 1, "must not be empty")]
    [InlineData("ES1001 | A |  | 1", 1, 1, "must not be empty")]
    [InlineData("ES1001 | A | B | x", 1, 18, "'x' is not a positive count")]
    [InlineData("ES100 | A | B | 1", 1, 1, "'ES100' is not a rule ID")]
    [InlineData("ES10011 | A | B | 1", 1, 1, "'ES10011' is not a rule ID")]
    [InlineData("EX1001 | A | B | 1", 1, 1, "'EX1001' is not a rule ID")]
    [InlineData("ES10a1 | A | B | 1", 1, 1, "'ES10a1' is not a rule ID")]
    [InlineData("ES/001 | A | B | 1", 1, 1, "'ES/001' is not a rule ID")]
    [InlineData("ES:001 | A | B | 1", 1, 1, "'ES:001' is not a rule ID")]
    [InlineData("# ok\nES1001 | A | B | 1\nES1001 | A | B | 1", 3, 1, "earlier line")]
    public void A_line_that_is_not_an_entry_is_a_located_problem_and_keeps_nothing(string text, int line, int column, string message)
    {
        var (entries, problems) = BaselineFormat.Parse(text);

        Assert.Empty(entries);
        var problem = Assert.Single(problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }

    // A fact, not theory rows: the byte order mark does not survive as a theory's argument or display name.
    [Fact]
    public void A_byte_order_mark_is_skipped_on_the_first_line_only()
    {
        var (entries, problems) = BaselineFormat.Parse("\uFEFFES1001 | A | B | 2\n");
        Assert.Empty(problems);
        Assert.Equal(("ES1001", 2), (Assert.Single(entries).Rule, entries[0].Count));

        var problem = Assert.Single(BaselineFormat.Parse("# header\n\uFEFFES1001 | A | B | 2\n").Problems);
        Assert.Equal((2, 1), (problem.Line, problem.Column));
        Assert.Contains("is not a rule ID", problem.Message);
    }
}
