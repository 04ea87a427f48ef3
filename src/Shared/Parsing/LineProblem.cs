namespace EmilySovereign.Parsing;

/// <summary>
/// Something a parser of a line-oriented file (an ADR, a baseline) could not read: a 1-based line and column, how many
/// characters to underline (0 for a position) and why. One type for every such file, so every check locates it alike.
/// </summary>
internal sealed class LineProblem
{
    public LineProblem(int line, int column, int length, string message)
    {
        Line = line;
        Column = column;
        Length = length;
        Message = message;
    }

    public int Line { get; }

    public int Column { get; }

    public int Length { get; }

    public string Message { get; }

    public override string ToString() => $"({Line},{Column}): {Message}";
}
