using EmilySovereign.Build.Adrs;

namespace EmilySovereign.Build.Tests.Adrs;

/// <summary>The pre-commit seam over the shared parser reports what ES5003 reports, where ES5003 reports it.</summary>
public sealed class ES5003SharedAdrReaderTests
{
    [Fact]
    public void Readable_adr_in_any_form_has_no_problem()
    {
        var reader = new SharedAdrReader();

        Assert.Null(reader.Read("0001-a.md", "# ADR 001: A\r\n\r\nStatus: Accepted\r\n"));
        Assert.Null(reader.Read("0002-b.md", "---\nstatus: accepted\n---\n# B\n"));
        Assert.Null(reader.Read("README.md", "anything"));
    }

    [Fact]
    public void First_problem_is_returned_with_its_position()
    {
        var problem = new SharedAdrReader().Read("0003-c.md", "# 3. C\n\n## Status\n\nMaybe later\n");

        Assert.NotNull(problem);
        Assert.Equal((5, 1), (problem!.Line, problem.Column));
        Assert.Contains("'Maybe later'", problem.Message);
    }
}
