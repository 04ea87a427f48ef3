namespace EmilySovereign.Parsing;

/// <summary>
/// Something a parser of a line-oriented file (an ADR, a baseline) could not read: a 1-based line and column, how many
/// characters to underline (0 for a position) and why. One type for every such file, so every check locates it alike.
/// </summary>
internal sealed record LineProblem(int Line, int Column, int Length, string Message)
{
    public override string ToString() => $"({Line},{Column}): {Message}";
}
