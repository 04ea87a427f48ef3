using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.Doctor;

/// <summary>One difference between the machine and the repository's pins, with the command that fixes it.</summary>
internal sealed class DoctorFinding
{
    public DoctorFinding(BuildRule rule, string? file, string message)
    {
        Rule = rule;
        File = file;
        Message = message;
    }

    public BuildRule Rule { get; }

    public string? File { get; }

    public string Message { get; }
}
