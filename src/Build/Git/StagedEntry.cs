namespace EmilySovereign.Build.Git;

/// <summary>A path in the index that differs from HEAD, with the id of the blob that will be committed.</summary>
internal readonly struct StagedEntry
{
    public StagedEntry(string path, string objectId)
    {
        Path = path;
        ObjectId = objectId;
    }

    public string Path { get; }

    public string ObjectId { get; }
}
