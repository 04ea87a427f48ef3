using System.Linq;
using System.Text;
using EmilySovereign.Build.PreCommit.Checks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6001: merge conflict markers in staged files.</summary>
public sealed class ES6001MergeMarkerCheckTests
{
    [Fact]
    public void Conflict_block_reports_every_marker_line()
    {
        using var repo = new StagedRepository();
        repo.Stage("src/a.cs", "class A\n{\n<<<<<<< HEAD\n    int x;\n=======\n    long x;\n>>>>>>> feature\n}\n");

        FindingAssert.Exactly(repo.Check(), "src/a.cs(3,1): ES6001", "src/a.cs(5,1): ES6001", "src/a.cs(7,1): ES6001");
    }

    [Fact]
    public void Diff3_base_marker_is_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", "<<<<<<< ours\na\n||||||| base\nb\n=======\nc\n>>>>>>> theirs\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(1,1): ES6001", "a.txt(3,1): ES6001", "a.txt(5,1): ES6001", "a.txt(7,1): ES6001");
    }

    [Fact]
    public void Heading_underline_and_shift_operators_are_not_markers()
    {
        using var repo = new StagedRepository();
        repo.Stage("README.md", "Title\n=======\n\ntext\n");
        repo.Stage("b.cs", "var s = \"<<<<<<< not at line start\";\nvar t = x >>>>>>>> 2;\n");

        Assert.Empty(repo.Check());
    }

    [Theory]
    [InlineData("<<<<<<< HEAD\na\n=======\nb\n", "a.txt(1,1): ES6001", "a.txt(3,1): ES6001")]
    [InlineData("a\n=======\nb\n>>>>>>> feature\n", "a.txt(2,1): ES6001", "a.txt(4,1): ES6001")]
    [InlineData("<<<<<<< ours\n||||||| base\n=======\n", "a.txt(1,1): ES6001", "a.txt(2,1): ES6001", "a.txt(3,1): ES6001")]
    [InlineData("<<<<<<< HEAD\n======= x\n=======\r\n", "a.txt(1,1): ES6001", "a.txt(3,1): ES6001")]
    [InlineData("x\r<<<<<<< HEAD\r\n", "a.txt(1,3): ES6001")]
    [InlineData("a\n>>>>>>>", "a.txt(2,1): ES6001")]
    [InlineData("<<<<<<<<<<\n>>>>>>>", "a.txt(2,1): ES6001")]
    [InlineData("<<<<<<<x\n<<<<<<<<\n>>>>>>>\tx\n|||||||-\n=======\n")]
    [InlineData("=======\n")]
    public void Markers_count_at_a_line_start_before_a_space_or_line_end_and_a_separator_only_bare_next_to_another_marker(
        string text, params string[] expected) =>
        FindingAssert.Exactly(SingleCheck.Run(new MergeMarkerCheck(), "a.txt", text).Order(), expected);

    [Theory]
    [InlineData("<<<<<<< HEAD\n", "<<<<<<<")]
    [InlineData("||||||| base\n", "|||||||")]
    [InlineData(">>>>>>> feature\n", ">>>>>>>")]
    public void A_marker_is_named_in_the_message(string text, string marker) =>
        Assert.Equal(
            $"a.txt(1,1): error ES6001: merge conflict marker '{marker}': resolve the conflict before committing",
            Assert.Single(SingleCheck.Run(new MergeMarkerCheck(), "a.txt", text)).Format());

    [Fact]
    public void Markers_in_a_binary_file_are_not_reported() =>
        Assert.Empty(SingleCheck.Run(
            new MergeMarkerCheck(),
            StagedFile.FromBytes("a.bin", Encoding.ASCII.GetBytes("<<<<<<< HEAD\n\0\n=======\n>>>>>>> x\n"))));
}
