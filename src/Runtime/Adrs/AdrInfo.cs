using System;

namespace EmilySovereign;

/// <summary>
/// One architecture decision record of the project, as the generated <c>Adrs</c> class lists it
/// (<c>Adrs.All</c>, <c>Adrs.Get(number)</c>).
/// </summary>
public sealed record class AdrInfo
{
    /// <summary>Describes one ADR.</summary>
    /// <param name="number">The ADR's number (from its file name <c>NNNN-title.md</c>).</param>
    /// <param name="title">The title, without the number.</param>
    /// <param name="status">The status.</param>
    /// <param name="date">The date the file gives, if it gives a valid <c>yyyy-MM-dd</c> one.</param>
    /// <param name="supersededBy">The number of the ADR that supersedes this one, if any.</param>
    /// <param name="path">The file's path from the <c>docs</c> folder on (<c>docs/adr/0001-title.md</c>), else from the ADR folder's name on.</param>
    public AdrInfo(int number, string title, AdrStatus status, DateOnly? date, int? supersededBy, string path)
    {
        Number = number;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Status = status;
        Date = date;
        SupersededBy = supersededBy;
        Path = path ?? throw new ArgumentNullException(nameof(path));
    }

    /// <summary>The ADR's number.</summary>
    public int Number { get; }

    /// <summary>The title, without the number.</summary>
    public string Title { get; }

    /// <summary>The status.</summary>
    public AdrStatus Status { get; }

    /// <summary>The date of the decision, when the file gives one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The number of the ADR that supersedes this one, or null.</summary>
    public int? SupersededBy { get; }

    /// <summary>Where the file is, with forward slashes: <c>docs/adr/0001-title.md</c>, or <c>folder/0001-title.md</c> for an ADR folder elsewhere.</summary>
    public string Path { get; }
}
