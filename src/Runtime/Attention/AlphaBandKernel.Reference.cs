using System;

namespace EmilySovereign.Attention;

// The scalar double-precision reference the tests and benchmarks compare the vector kernel against: kept apart from
// the kernel's hot code, which it shares only the Parseval step with.
internal static partial class AlphaBandKernel
{
    /// <summary>The scalar reference: Goertzel per bin in double precision over the zero-filled channel.</summary>
    public static double Reference(ReadOnlySpan<float> channel, int firstBin, int binCount, out int missing)
    {
        var length = channel.Length;
        double sum = 0;
        double sumOfSquares = 0;
        missing = 0;
        for (var t = 0; t < length; t++)
        {
            double y = channel[t];
            if (!double.IsFinite(y))
            {
                missing++;
                continue;
            }

            sum += y;
            sumOfSquares += y * y;
        }

        double bandPower = 0;
        for (var bin = firstBin; bin < firstBin + binCount; bin++)
        {
            var coefficient = 2 * Math.Cos(2 * Math.PI * bin / length);
            double previous = 0;
            double beforePrevious = 0;
            for (var t = 0; t < length; t++)
            {
                double y = channel[t];
                var current = (double.IsFinite(y) ? y : 0) + (coefficient * previous) - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }

            bandPower += (previous * previous) + (beforePrevious * beforePrevious) - (coefficient * previous * beforePrevious);
        }

        return Relative(bandPower, sum, sumOfSquares, length);
    }
}
