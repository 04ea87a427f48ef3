namespace EmilySovereign.Build.Diagnostics;

/// <summary>How serious a build diagnostic is by default.</summary>
internal enum BuildSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One ES6xxx diagnostic of the build assembly: the descriptor-like record analyzers get from Roslyn, without Roslyn.
/// <see cref="Switch"/> names the MSBuild property that turns the check off (empty when there is none).
/// </summary>
internal sealed class BuildRule
{
    public BuildRule(string id, string title, BuildSeverity severity, string @switch = "")
    {
        Id = id;
        Title = title;
        Severity = severity;
        Switch = @switch;
    }

    public string Id { get; }

    public string Title { get; }

    public BuildSeverity Severity { get; }

    public string Switch { get; }

    public string HelpLink => RuleHelp.LinkFor(Id);

    public override string ToString() => Id + ": " + Title;
}
