using System;
using CsCheck;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>Generators of windows of every valid shape, filled from a palette of any floats.</summary>
internal static class AttentionGens
{
    private static readonly float[] Extremes =
        [float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon, 1e-40f, float.MaxValue, float.MinValue, 3e38f, 0f];

    /// <summary>Any float, with NaN, ±∞, ±0, subnormals, huge magnitudes and ordinary values all likely.</summary>
    public static readonly Gen<float> AnyFloat = Gen.Frequency(
        (3, Gen.Float),
        (2, Gen.Float.Special),
        (1, Gen.Int[0, Extremes.Length - 1].Select(i => Extremes[i])), // by index: CsCheck 4 (net8.0) has no OneOf of constants
        (4, Gen.Float[-100f, 100f]));

    /// <summary>
    /// A valid shape plus a palette of any floats and a seed that scatters them. Filling from a palette keeps 10 000
    /// trials of windows up to 65 536 samples cheap while still covering every kind of value in every position.
    /// </summary>
    public static readonly Gen<WindowSpec> AnyWindow =
        from perChannel in Gen.Int[SignalWindow.MinSamplesPerChannel, SignalWindow.MaxSamplesPerChannel]
        from channels in Gen.Int[1, Math.Min(SignalWindow.MaxChannels, SignalWindow.MaxTotalSamples / perChannel)]
        from rateFraction in Gen.Double.Unit
        from palette in AnyFloat.Array[1, 16]
        from seed in Gen.Int
        select new WindowSpec(channels, perChannel, rateFraction, palette, seed);

    public sealed record WindowSpec(int Channels, int PerChannel, double RateFraction, float[] Palette, int Seed)
    {
        /// <summary>A rate between the minimum and the highest that still spans the minimum duration.</summary>
        public double SampleRateHz =>
            SignalWindow.MinSampleRateHz + (RateFraction * ((PerChannel / SignalWindow.MinDurationSeconds) - SignalWindow.MinSampleRateHz));

        public SignalWindow Build() => Build(new float[Channels * PerChannel]);

        /// <summary>Fills the start of a reused buffer: timing tests must not churn the large-object heap.</summary>
        public SignalWindow Build(float[] buffer)
        {
            var random = new Random(Seed);
            Span<float> samples = buffer.AsSpan(0, Channels * PerChannel);
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] = Palette[random.Next(Palette.Length)];
            }

            return new SignalWindow(new ReadOnlyMemory<float>(buffer, 0, samples.Length), Channels, SampleRateHz);
        }

        public override string ToString() =>
            $"{Channels}x{PerChannel} @ {SampleRateHz:0.###} Hz, palette [{string.Join(", ", Palette)}], seed {Seed}";
    }

    /// <summary>
    /// Calls the gate and asserts its answer came within budget. A shared two-core machine can leave any thread
    /// unscheduled for hundreds of milliseconds, which no code in the gate can prevent; so a late answer must reproduce
    /// (<see cref="Reproduces"/>) to fail. A gate that really blocks past its budget is late every time.
    /// </summary>
    public static GateResult WithinBudget(AlphaAttentionGate gate, in SignalWindow window)
    {
        SignalWindow copy = window;
        if (!Reproduces(() => gate.Gate(copy), result => result.Latency < gate.Budget, out GateResult result))
        {
            Assert.Fail($"{Tries} answers in a row over the {gate.Budget.TotalMilliseconds} ms budget; the last: {result}");
        }

        return result;
    }

    /// <summary>
    /// The primary's answer for the window: detection tests judge the primary, and a starved caller or worker can turn
    /// its answer into a timeout; a fallback answer must reproduce (<see cref="Reproduces"/>) to fail.
    /// </summary>
    public static GateResult PrimaryAnswer(AlphaAttentionGate gate, in SignalWindow window)
    {
        SignalWindow copy = window;
        if (!Reproduces(() => gate.Gate(copy), result => result.Path == GatePath.Primary, out GateResult result))
        {
            Assert.Fail($"{Tries} fallback answers in a row where the primary should answer; the last: {result}");
        }

        return result;
    }

    private const int Tries = 7;

    /// <summary>
    /// Tries up to <see cref="Tries"/> times, backing off from 25 ms and doubling, about 1.6 s in all: CI once starved
    /// a test for over a second while other test projects built theirs. A gate that is wrong is wrong every time.
    /// </summary>
    private static bool Reproduces(Func<GateResult> attempt, Func<GateResult, bool> good, out GateResult last)
    {
        for (int tried = 1; ; tried++)
        {
            last = attempt();
            if (good(last))
            {
                return true;
            }

            if (tried == Tries)
            {
                return false;
            }

            System.Threading.Thread.Sleep(25 << (tried - 1));
        }
    }

    /// <summary>A sine of <paramref name="frequencyHz"/> on every channel plus Gaussian noise.</summary>
    public static SignalWindow Sine(double frequencyHz, double noise, int seed, int channels = 64, int samples = 256, double rate = 256) =>
        new(SyntheticEeg.Samples(new Random(seed), channels, samples, rate, frequencyHz, amplitude: 1, noise), channels, rate);
}
