using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmilySovereign.Baseline;

namespace EmilySovereign.Build.Baseline;

/// <summary>The size of a baseline as every build prints it: breaches and entries.</summary>
internal static class BaselineSize
{
    public static string Describe(IReadOnlyList<BaselineEntry> entries)
    {
        var breaches = entries.Sum(e => e.Count);
        return string.Format(CultureInfo.InvariantCulture, "{0} kept {1} in {2} {3}",
            breaches, breaches == 1 ? "breach" : "breaches", entries.Count, entries.Count == 1 ? "entry" : "entries");
    }
}
