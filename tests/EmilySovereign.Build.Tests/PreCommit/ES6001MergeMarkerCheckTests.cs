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
}
