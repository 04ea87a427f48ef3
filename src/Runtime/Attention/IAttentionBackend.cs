namespace EmilySovereign.Attention;

/// <summary>
/// The primary path of the gate: estimates the alpha band's share of a window's power. It sits behind an interface
/// because in production it may be remote; the default, <see cref="AlphaBandBackend"/>, is in-process.
/// </summary>
/// <remarks>
/// The gate calls your implementation on its own worker thread and abandons a call that runs past the primary's share
/// of the budget, so it may throw, hang or answer garbage without breaking the gate's promise; it may be called from
/// several worker threads at once. Only the built-in <see cref="AlphaBandBackend"/>, which cannot hang, runs on the
/// caller's thread by default (<see cref="AlphaAttentionGateOptions.RunPrimaryInline"/>).
/// </remarks>
public interface IAttentionBackend
{
    /// <summary>Estimates the alpha band's relative power of <paramref name="window"/>.</summary>
    /// <param name="window">A validated, non-empty window; its samples may be non-finite.</param>
    /// <returns>The estimate; <see cref="AlphaEstimate.AlphaPower"/> in 0..1.</returns>
    AlphaEstimate Estimate(in SignalWindow window);
}

/// <summary>What a primary backend answers.</summary>
public readonly struct AlphaEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="alphaPower">The alpha band's share of the power, 0 to 1.</param>
    /// <param name="missingSamples">How many non-finite samples were treated as missing.</param>
    /// <param name="usableChannels">How many channels had any power to measure.</param>
    public AlphaEstimate(float alphaPower, int missingSamples, int usableChannels)
    {
        AlphaPower = alphaPower;
        MissingSamples = missingSamples;
        UsableChannels = usableChannels;
    }

    /// <summary>The alpha band's share of the power, 0 to 1, averaged over usable channels.</summary>
    public float AlphaPower { get; }

    /// <summary>How many non-finite samples were treated as missing.</summary>
    public int MissingSamples { get; }

    /// <summary>How many channels had any power to measure.</summary>
    public int UsableChannels { get; }
}
