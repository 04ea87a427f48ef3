using EmilySovereign.Adrs;
using EmilySovereign.Build.PreCommit.Checks.Adrs;
using EmilySovereign.Parsing;

namespace EmilySovereign.Build.Adrs;

/// <summary>
/// The shared ADR parser behind the pre-commit check's <see cref="IAdrReader"/> seam (ADR 024), so ES6011 at commit
/// time and ES5003 in the build report the same first problem at the same position.
/// </summary>
internal sealed class SharedAdrReader : IAdrReader
{
    public LineProblem? Read(string fileName, string text)
    {
        var document = AdrParser.Parse(fileName, text);
        if (!document.IsAdrFile || document.Problems.Count == 0)
            return null;

        return document.Problems[0];
    }
}
