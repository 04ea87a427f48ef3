using System;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>Shannon entropy in bits per character: random keys score high, words and placeholders low.</summary>
internal static class Entropy
{
    public static double Of(ReadOnlySpan<byte> value)
    {
        if (value.Length == 0)
            return 0;
        Span<int> counts = stackalloc int[256];
        foreach (var b in value)
            counts[b]++;
        double entropy = 0;
        foreach (var count in counts)
        {
            if (count == 0)
                continue;
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }
}
