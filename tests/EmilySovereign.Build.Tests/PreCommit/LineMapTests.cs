using System.Text;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// Byte offsets become 1-based line and column in characters: at line starts and ends, on empty lines, before a CRLF,
/// at the very end, and in any query order.
/// </summary>
public sealed class LineMapTests
{
    // Offsets: a0 b1 \n2 \n3 c4 é5-6 \r7 \n8 d9, length 10.
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("ab\n\ncé\r\nd");

    private static readonly (int Offset, int Line, int Column)[] Expected =
    {
        (0, 1, 1), (1, 1, 2), (2, 1, 3), (3, 2, 1), (4, 3, 1), (5, 3, 2), (7, 3, 3), (8, 3, 4), (9, 4, 1), (10, 4, 2),
    };

    public static TheoryData<int, int, int> Offsets()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var (offset, line, column) in Expected)
            data.Add(offset, line, column);
        return data;
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void An_offset_is_located_by_its_line_and_character_column(int offset, int line, int column) =>
        Assert.Equal((line, column), new LineMap(Content).Locate(offset));

    [Fact]
    public void One_map_answers_ascending_repeated_and_descending_queries_alike()
    {
        var map = new LineMap(Content);
        // The offset rides along so a failure names it.
        (int, int, int) Locate(int offset) => (offset, map.Locate(offset).Line, map.Locate(offset).Column);

        foreach (var expected in Expected)
            Assert.Equal(expected, Locate(expected.Offset));
        for (var i = Expected.Length - 1; i >= 0; i--)
            Assert.Equal(Expected[i], Locate(Expected[i].Offset));
    }

    // Offsets: a0 b1 \r2 \n3 c4 d5 \n6 e7, length 8.
    [Theory]
    [InlineData(0, 0, 2)]
    [InlineData(2, 0, 2)]
    [InlineData(3, 0, 3)]
    [InlineData(4, 4, 6)]
    [InlineData(6, 4, 6)]
    [InlineData(7, 7, 8)]
    [InlineData(8, 7, 8)]
    public void Line_start_and_end_stop_at_the_line_break_or_the_content_s_edge(int offset, int start, int end)
    {
        var content = Encoding.UTF8.GetBytes("ab\r\ncd\ne");

        Assert.Equal((start, end), (LineMap.LineStart(content, offset), LineMap.LineEnd(content, offset)));
    }
}
