namespace EmilySovereign.Build.PreCommit.Checks.Adrs;

/// <summary>Why an ADR file cannot be read, and where (1-based).</summary>
internal sealed class AdrProblem
{
    public AdrProblem(int line, int column, string message)
    {
        Line = line;
        Column = column;
        Message = message;
    }

    public int Line { get; }

    public int Column { get; }

    public string Message { get; }
}

/// <summary>
/// The seam between ES6011 and an ADR parser: null when the file reads as an ADR. The shared parser of the ADR
/// analyzers (src/Shared/Adrs) stands behind it (<c>SharedAdrReader</c>), so the commit check and ES5003 agree.
/// </summary>
internal interface IAdrReader
{
    AdrProblem? Read(string fileName, string text);
}
