using System;
using NWaves.Transforms;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>The peer: the alpha share of a window's power with NWaves' <c>RealFft</c>, the way a .NET user computes it today.</summary>
internal sealed class NWavesAlphaBand
{
    private readonly RealFft _fft = new(AttentionWindow.Samples);
    private readonly float[] _re = new float[AttentionWindow.Samples];
    private readonly float[] _im = new float[AttentionWindow.Samples];

    /// <summary>The mean over channels of the 8–12 Hz bins' share of the power of <paramref name="data"/> (channel-major).</summary>
    public float Share(float[] data)
    {
        const int n = AttentionWindow.Samples;
        double sum = 0;
        for (int c = 0; c < AttentionWindow.Channels; c++)
        {
            _fft.Direct(data.AsSpan(c * n, n), _re, _im);
            double band = 0, total = 0;
            for (int k = 1; k < n / 2; k++)
            {
                double power = (_re[k] * _re[k]) + (_im[k] * _im[k]);
                total += power;
                if (k >= 8 && k <= 12)
                {
                    band += power;
                }
            }

            sum += band / total;
        }

        return (float)(sum / AttentionWindow.Channels);
    }
}
