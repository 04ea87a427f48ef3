using System.Collections.Generic;
using System.Linq;
using EmilySovereign.Build.Doctor;

namespace EmilySovereign.Build.Tests.Support;

internal static class DoctorFindingText
{
    /// <summary>Each finding as <c>ID file: message</c>, in order.</summary>
    public static string[] Of(IEnumerable<DoctorFinding> findings) => findings.Select(f => $"{f.Rule.Id} {f.File}: {f.Message}").ToArray();
}
