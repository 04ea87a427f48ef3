namespace EmilySovereign.Generators.Adrs;

/// <summary>One ADR as the emitter needs it; plain values only, so equal files give equal models.</summary>
/// <param name="Status">The name of an <c>EmilySovereign.AdrStatus</c> member.</param>
/// <param name="Date">The date as <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="Path">The path the runtime shows (<c>docs/adr/0001-title.md</c>).</param>
internal sealed record AdrModel(int Number, string Title, string Status, string? Date, int? SupersededBy, string Path);

/// <summary>Where the <c>Adrs</c> class goes and whether the compilation can see <c>EmilySovereign.AdrInfo</c>.</summary>
internal sealed record AdrsTarget(string Namespace, bool HasRuntime);

/// <summary>Everything the emitter writes: the target and the ADRs sorted by number, one per number.</summary>
internal sealed record AdrsModel(string Namespace, ImmutableEquatableArray<AdrModel> Adrs);
