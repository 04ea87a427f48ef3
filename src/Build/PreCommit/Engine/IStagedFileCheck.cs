using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>One check of one staged file. Implementations are stateless and thread-safe: files are checked in parallel.</summary>
internal interface IStagedFileCheck
{
    BuildRule Rule { get; }

    void Check(FileScan scan);
}
