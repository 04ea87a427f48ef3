namespace EmilySovereign.Generators.Flags;

/// <summary>What a file's top level shows of flag declarations before anything is bound (<c>Parser.ScanFile</c>).</summary>
internal readonly record struct FlagFile(bool NamesFlag, bool HasBareName, bool DeclaresFlagAlias);

/// <summary>One <c>[assembly: FeatureFlag]</c> as written; the file and position only order declarations.</summary>
/// <param name="Name">The name, or null when it is not a constant string.</param>
/// <param name="RolloutPercent">The named argument when given, else null.</param>
internal sealed record FlagDeclaration(
    string? Name, bool Default, string? Description, string? Owner, string? Expires, int? RolloutPercent, string FilePath, int Position);

/// <summary>One flag as the emitter writes it.</summary>
/// <param name="Accessor">The property name, or null when the flag gets none (bad name, or ES3002).</param>
/// <param name="Expires">A valid <c>yyyy-MM-dd</c> date, or null.</param>
/// <param name="RolloutPercent">0 to 100, or null.</param>
internal sealed record FlagModel(
    string Name, string? Accessor, bool Default, string? Description, string? Owner, string? Expires, int? RolloutPercent, string EnvironmentVariable);

/// <summary>Where <c>FeatureFlags</c> goes and whether the compilation can see the runtime it calls.</summary>
internal sealed record FlagsTarget(string Namespace, bool HasRuntime);

/// <summary>Everything the emitter writes: the namespace and the flags in declaration order, one per name.</summary>
internal sealed record FlagsModel(string Namespace, ImmutableEquatableArray<FlagModel> Flags);
