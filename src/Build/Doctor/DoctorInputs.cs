using System.Collections.Generic;

namespace EmilySovereign.Build.Doctor;

/// <summary>What the doctor compares: the pin files it found and the machine facts MSBuild already knows.</summary>
internal sealed class DoctorInputs
{
    public string WorkingDirectory { get; set; } = "";

    /// <summary>global.json path, or empty when the repository pins no SDK.</summary>
    public string GlobalJson { get; set; } = "";

    /// <summary>The tool manifest path, or empty when there is none.</summary>
    public string ToolManifest { get; set; } = "";

    /// <summary>The NuGet global packages folder, where <c>dotnet tool restore</c> puts local tools.</summary>
    public string PackagesFolder { get; set; } = "";

    /// <summary>The SDK running this build (NETCoreSdkVersion).</summary>
    public string RunningSdk { get; set; } = "";

    /// <summary>Installed SDK versions, as <c>dotnet --list-sdks</c> prints them.</summary>
    public IReadOnlyList<string> InstalledSdks { get; set; } = new string[0];

    public bool IsWindows { get; set; }

    /// <summary>The hook the installer would write now, or null when hooks are turned off.</summary>
    public string? ExpectedHook { get; set; }
}
