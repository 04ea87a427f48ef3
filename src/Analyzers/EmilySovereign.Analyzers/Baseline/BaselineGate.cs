using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Baseline;
using EmilySovereign.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Baseline;

/// <summary>
/// The baseline as one analyzer of one compilation sees it (ADR 0043): a breach whose key it keeps is reported as
/// ES6301 (info) as long as the compilation has no more of that key than the baseline counts; beyond the count, and for
/// every key it does not keep, the rule's own diagnostic goes out. At the end, entries that occur less often than they
/// count are ES6302. With no baseline file (and not recording) there is no gate and the analyzers report as before.
/// </summary>
internal sealed class BaselineGate
{
    public const string RuleProperty = "EmilySovereignBaselineRule";
    public const string UserProperty = "EmilySovereignBaselineUser";
    public const string UsedProperty = "EmilySovereignBaselineUsed";

    private readonly Dictionary<string, BaselineEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _seen = new(StringComparer.Ordinal);
    private readonly BaselineInput? _input;
    private readonly bool _record;
    private readonly bool _strict;

    private BaselineGate(BaselineInput? input, Func<string, bool> ownsRule, bool record, bool strict)
    {
        _input = input;
        _record = record;
        _strict = strict;
        foreach (var entry in input?.Entries ?? Array.Empty<BaselineEntry>())
        {
            if (ownsRule(entry.Rule))
                _entries[entry.Key] = entry;
        }
    }

    /// <summary>The gate for the rules <paramref name="ownsRule"/> accepts, or null when nothing is kept or recorded.</summary>
    public static BaselineGate? For(AnalyzerOptions options, Func<string, bool> ownsRule, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var record = IsTrue(global, "build_property.EmilySovereignBaselineRecord");
        var input = BaselineInput.Find(options, cancellationToken);
        if (!record && (input is null || input.Entries.Count == 0))
            return null;
        var gate = new BaselineGate(input, ownsRule, record, IsTrue(global, "build_property.EmilySovereignBaselineStrict"));
        return record || gate._entries.Count > 0 ? gate : null;
    }

    /// <summary>
    /// The properties that key a breach, added to the rule's own. Callers write <c>gate?.Key(...)</c>: without a baseline
    /// no breach pays for a key.
    /// </summary>
    public ImmutableDictionary<string, string?> Key(string rule, string user, string used, ImmutableDictionary<string, string?>? properties = null) =>
        (properties ?? ImmutableDictionary<string, string?>.Empty).SetItem(RuleProperty, rule).SetItem(UserProperty, user).SetItem(UsedProperty, used);

    /// <summary>A report action that lets kept breaches through as ES6301.</summary>
    public Action<Diagnostic> Wrap(Action<Diagnostic> report) => diagnostic => report(Gate(diagnostic));

    public Diagnostic Gate(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(RuleProperty, out var rule) || rule is null
            || !diagnostic.Properties.TryGetValue(UserProperty, out var user) || user is null
            || !diagnostic.Properties.TryGetValue(UsedProperty, out var used) || used is null)
        {
            return diagnostic;
        }

        if (_record)
            return Kept(diagnostic);

        var key = BaselineFormat.Key(rule, user, used);
        if (!_entries.TryGetValue(key, out var entry))
            return diagnostic;
        var seen = Interlocked.Increment(ref _seen.GetOrAdd(key, _ => new Counter()).Value);
        return seen <= entry.Count ? Kept(diagnostic) : diagnostic;
    }

    /// <summary>ES6302 for each kept entry of these rules that the compilation no longer has as often.</summary>
    public void ReportStale(CompilationAnalysisContext context)
    {
        if (_record || _input is null)
            return;
        foreach (var entry in _entries.Values)
        {
            var seen = _seen.TryGetValue(entry.Key, out var counter) ? Volatile.Read(ref counter.Value) : 0;
            if (seen >= entry.Count)
                continue;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.StaleBaselineEntry, _input.LineLocation(entry.Line),
                _strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, additionalLocations: null, properties: null,
                entry.Count, entry.Rule, entry.User, entry.Used, seen));
        }
    }

    private static Diagnostic Kept(Diagnostic diagnostic) => Diagnostic.Create(
        Descriptors.KeptByBaseline, diagnostic.Location, diagnostic.AdditionalLocations, diagnostic.Properties,
        diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private sealed class Counter
    {
        public int Value;
    }
}

/// <summary>The baseline file among the AdditionalFiles, its text and what it holds.</summary>
internal sealed record BaselineInput(AdditionalText File, SourceText Text, IReadOnlyList<BaselineEntry> Entries, IReadOnlyList<LineProblem> Problems)
{
    /// <summary>The file name the package gives the baseline by default; the EmilySovereignKind metadata also marks it.</summary>
    public const string DefaultFileName = "EmilySovereign.baseline.txt";

    public static bool IsBaseline(AnalyzerOptions options, AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.EmilySovereignKind", out var kind)
        && !string.IsNullOrEmpty(kind)
            ? string.Equals(kind, "Baseline", StringComparison.OrdinalIgnoreCase)
            : file.Path.EndsWith(DefaultFileName, StringComparison.OrdinalIgnoreCase);

    public static BaselineInput? Find(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsBaseline(options, file) && file.GetText(cancellationToken) is { } text)
            {
                var (entries, problems) = BaselineFormat.Parse(text.ToString());
                return new BaselineInput(file, text, entries, problems);
            }
        }

        return null;
    }

    /// <summary>The location of a 1-based line, or of a column range in it (clamped into the text).</summary>
    public Location LineLocation(int line, int column = 1, int length = -1) => FileLocation.Of(File.Path, Text, line, column, length);
}
