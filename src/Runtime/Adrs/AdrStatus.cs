namespace EmilySovereign;

/// <summary>The status of an architecture decision record.</summary>
public enum AdrStatus
{
    /// <summary>Under discussion; not yet decided.</summary>
    Proposed,

    /// <summary>Decided and in force.</summary>
    Accepted,

    /// <summary>No longer in force, with or without a successor.</summary>
    Deprecated,

    /// <summary>Replaced by the decision named in <see cref="AdrInfo.SupersededBy"/>.</summary>
    Superseded,

    /// <summary>Considered and turned down.</summary>
    Rejected,
}
