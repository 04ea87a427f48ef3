using EmilySovereign.Parsing;

namespace EmilySovereign.Build.PreCommit.Checks.Adrs;

/// <summary>
/// The seam between ES6011 and an ADR parser: null when the file reads as an ADR. The shared parser of the ADR
/// analyzers (src/Shared/Adrs) stands behind it (<c>SharedAdrReader</c>), so the commit check and ES5003 agree.
/// </summary>
internal interface IAdrReader
{
    LineProblem? Read(string fileName, string text);
}
