namespace EmilySovereign.Build.Git;

/// <summary>A path in the index that differs from HEAD, with the id of the blob that will be committed.</summary>
internal readonly record struct StagedEntry(string Path, string ObjectId);
