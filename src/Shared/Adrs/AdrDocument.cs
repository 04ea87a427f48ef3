using System.Collections.Generic;
using EmilySovereign.Parsing;

namespace EmilySovereign.Adrs;

/// <summary>The five statuses an ADR may have; the order matches <c>EmilySovereign.AdrStatus</c> of the runtime.</summary>
internal enum AdrStatusKind
{
    Proposed,
    Accepted,
    Deprecated,
    Superseded,
    Rejected,
}

/// <summary>Where an ADR writes its status, so an editor can rewrite exactly those lines.</summary>
internal enum AdrStatusForm
{
    /// <summary>No status was found.</summary>
    None,

    /// <summary><c>Status: Accepted</c> on one line (the seed form, MADR 2 <c>* Status: accepted</c>).</summary>
    Line,

    /// <summary>A <c>## Status</c> section whose first paragraph line is the status (adr-tools).</summary>
    Section,

    /// <summary><c>status: accepted</c> in YAML front matter (MADR 3/4).</summary>
    FrontMatter,
}

/// <summary>
/// What <see cref="AdrParser"/> read from one ADR file. Always complete: a value it could not read is null (or the
/// number 0) and <see cref="Problems"/> says why, with positions in the file.
/// </summary>
internal sealed class AdrDocument
{
    public AdrDocument(string path) => Path = path;

    public string Path { get; }

    /// <summary>False for Markdown files that are not named <c>NNNN-title.md</c>, such as the index README.md.</summary>
    public bool IsAdrFile { get; internal set; }

    /// <summary>The number, from the file name (or the title when the file name has none); 0 when unknown.</summary>
    public int Number { get; internal set; }

    public string? Title { get; internal set; }

    public AdrStatusKind? Status { get; internal set; }

    /// <summary>The date as <c>yyyy-MM-dd</c>, or null when missing or not a calendar date.</summary>
    public string? Date { get; internal set; }

    public int? SupersededBy { get; internal set; }

    /// <summary>The numbers of the ADRs this one supersedes (from <c>Supersedes [3. ...](0003-....md)</c> lines).</summary>
    public List<int> Supersedes { get; } = new();

    public AdrStatusForm StatusForm { get; internal set; }

    /// <summary>The 1-based line that holds the status value, 0 when there is none.</summary>
    public int StatusLine { get; internal set; }

    /// <summary>The 1-based line of the title, 0 when there is none.</summary>
    public int TitleLine { get; internal set; }

    public List<LineProblem> Problems { get; } = new();

    /// <summary>True when the file is an ADR with a number, a title and a status.</summary>
    public bool IsValid => IsAdrFile && Number > 0 && Title is not null && Status is not null;

    internal void AddProblem(int line, int column, int length, string message) =>
        Problems.Add(new LineProblem(line, column, length, message));
}
