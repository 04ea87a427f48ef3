using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>A staged file's extension comes from its name only, and a NUL in git's first 8000 bytes makes it binary.</summary>
public sealed class StagedFileTests
{
    [Theory]
    [InlineData("a.JSON", ".json")]
    [InlineData("src/a.b/c.Tar.GZ", ".gz")]
    [InlineData("x.", ".")]
    [InlineData("noext", "")]
    [InlineData("dir.d/readme", "")]
    [InlineData(".env", "")]
    [InlineData("dir/.gitignore", "")]
    public void Extension_is_the_lower_case_last_dot_of_the_name_but_not_a_leading_one(string path, string extension) =>
        Assert.Equal(extension, StagedFile.FromText(path, "x\n").Extension);

    [Theory]
    [InlineData(0, true)]
    [InlineData(7999, true)]
    [InlineData(8000, false)]
    [InlineData(-1, false)]
    public void A_nul_byte_within_the_first_8000_bytes_makes_the_file_binary(int nulAt, bool binary)
    {
        var content = new byte[9000];
        System.Array.Fill(content, (byte)'x');
        if (nulAt >= 0)
            content[nulAt] = 0;

        var file = StagedFile.FromBytes("a.txt", content);

        Assert.Equal((binary, !binary), (file.IsBinary, file.IsText));
    }
}
