namespace EmilySovereign;

/// <summary>
/// How many overrides and sources are active in the process. While it is zero, a flag's answer is a field it already
/// holds, so a typed read costs that field and this one check; any override or source sends every read through
/// the full order (override, environment, sources, default).
/// </summary>
internal static class FeatureFlagSlowPath
{
    internal static volatile int Count;
}
