using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers;

/// <summary>The one table of diagnostic descriptors of the analyzers assembly.</summary>
internal static partial class Descriptors
{
    // Layers (ES1xxx)
    private const string LayersCategory = "Architecture";

    public static readonly DiagnosticDescriptor LayerViolation = Create(
        DiagnosticIds.LayerViolation, LayersCategory, DiagnosticSeverity.Error,
        "A layer uses a layer it may not use",
        "'{0}' in layer '{1}' uses '{2}' in layer '{3}', which architecture.json does not allow ({1} may use: {4})",
        "Code in one architecture layer must use only the layers its mayUse list in architecture.json names.");

    public static readonly DiagnosticDescriptor ArchitectureFileInvalid = Create(
        DiagnosticIds.ArchitectureFileInvalid, LayersCategory, DiagnosticSeverity.Error,
        "architecture.json cannot be read",
        "architecture.json: {0}",
        "The architecture file must be JSON of the documented shape; until it is, no layer rule is checked.");

    public static readonly DiagnosticDescriptor UnknownLayer = Create(
        DiagnosticIds.UnknownLayer, LayersCategory, DiagnosticSeverity.Error,
        "A layer name is not declared",
        "{0}",
        "[Layer] and mayUse must name layers that architecture.json declares.");

    public static readonly DiagnosticDescriptor LayerCycle = Create(
        DiagnosticIds.LayerCycle, LayersCategory, DiagnosticSeverity.Warning,
        "The layers' mayUse relation has a cycle",
        "{0}",
        "Layers that may use each other in a cycle are one layer in practice.");

    /// <summary>Reported only with -p:EmilySovereignLayerGraph=true: the build reads these to draw layers.mmd (ADR 032).</summary>
    public static readonly DiagnosticDescriptor LayerGraphEdge = Create(
        DiagnosticIds.LayerGraphEdge, LayersCategory, DiagnosticSeverity.Info,
        "A layer uses another layer (layer graph)",
        "Layer graph edge: {0} -> {1}, {2} uses",
        "The edges of the layer graph that the code actually uses, for the build's layers.mmd.",
        true,
        WellKnownDiagnosticTags.CompilationEnd);

    // Latency budgets (ES2xxx)
    private const string LatencyCategory = "Latency";

    public static readonly DiagnosticDescriptor CallsLargerBudget = Create(
        DiagnosticIds.CallsLargerBudget, LatencyCategory, DiagnosticSeverity.Error,
        "A budgeted member calls a member with a larger budget",
        "'{0}' has a budget of {1} ms but calls {2} with a budget of {3} ms",
        "A member with [LatencyBudget] may only call, await, read or construct members whose budget is no larger than its own.");

    public static readonly DiagnosticDescriptor BlockingCall = Create(
        DiagnosticIds.BlockingCall, LatencyCategory, DiagnosticSeverity.Error,
        "A budgeted member makes a blocking call",
        "'{0}' has a budget of {1} ms but makes a blocking call: {2} ({3})",
        "A member with [LatencyBudget] may not sleep, wait synchronously for tasks, handles or locks, or do synchronous I/O; the catalog is extended with an AdditionalFile named LatencyBlocking.txt.");

    public static readonly DiagnosticDescriptor SequentialBudgetsExceedBudget = Create(
        DiagnosticIds.SequentialBudgetsExceedBudget, LatencyCategory, DiagnosticSeverity.Warning,
        "Budgets of sequential calls add up to more than the member's budget",
        "'{0}' has a budget of {1} ms but the calls it makes one after another add up to {2} ms: {3}",
        "Calls on one path add up; branches count their most expensive arm, loops with a constant bound multiply.");

    public static readonly DiagnosticDescriptor InvalidBudget = Create(
        DiagnosticIds.InvalidBudget, LatencyCategory, DiagnosticSeverity.Error,
        "A latency budget is not a positive finite number",
        "The latency budget {0} is not a positive finite number of milliseconds",
        "A budget of zero, a negative or infinite budget, NaN or a value that is not a constant checks nothing.");

    public static readonly DiagnosticDescriptor LockInBudgetedCode = Create(
        DiagnosticIds.LockInBudgetedCode, LatencyCategory, DiagnosticSeverity.Warning,
        "A budgeted member takes a lock",
        "'{0}' has a budget of {1} ms but waits for a lock without a bound: {2}",
        "A lock statement waits as long as another thread holds the lock.");

    public static readonly DiagnosticDescriptor BudgetLargerThanContract = Create(
        DiagnosticIds.BudgetLargerThanContract, LatencyCategory, DiagnosticSeverity.Error,
        "An implementation or override has a larger budget than the member it implements",
        "'{0}' has a budget of {1} ms, larger than the budget of {2} ms of '{3}' it implements",
        "Callers through an interface or a base class count on the declared member's budget.");

    public static readonly DiagnosticDescriptor BudgetedCallInUnboundedLoop = Create(
        DiagnosticIds.BudgetedCallInUnboundedLoop, LatencyCategory, DiagnosticSeverity.Info,
        "A budgeted call sits in a loop without a constant bound",
        "'{0}' (budget {1} ms) is called in a loop without a constant bound in '{2}'; ES2003 counts it once",
        "The sum of sequential budgets cannot be bounded when the number of iterations is unknown.");

    public static readonly DiagnosticDescriptor UnreadableBlockingCatalogLine = Create(
        DiagnosticIds.UnreadableBlockingCatalogLine, LatencyCategory, DiagnosticSeverity.Warning,
        "A line of LatencyBlocking.txt is not a catalog entry",
        "'{0}' is not a catalog entry: write a documentation-comment ID (T:, M:, P:, F:, E:), then ';' and a reason",
        "Each line of LatencyBlocking.txt names one API in the BannedApiAnalyzers format.");

    // Feature flags (ES3xxx)
    private const string FlagsCategory = "FeatureFlags";

    public static readonly DiagnosticDescriptor UndeclaredFlag = Create(
        DiagnosticIds.UndeclaredFlag, FlagsCategory, DiagnosticSeverity.Error,
        "A feature flag name is not declared",
        "'{0}' is not a declared feature flag{1}",
        "A constant name given to FeatureFlags.IsEnabled must be declared with [assembly: FeatureFlag(\"name\")], or the read is always off.");

    public static readonly DiagnosticDescriptor DuplicateFlag = Create(
        DiagnosticIds.DuplicateFlag, FlagsCategory, DiagnosticSeverity.Error,
        "Two feature flags share a name or an accessor name",
        "Feature flag '{0}' {1}",
        "Each flag needs its own name and its own FeatureFlags property; only the first declaration gets one.");

    public static readonly DiagnosticDescriptor ExpiredFlag = Create(
        DiagnosticIds.ExpiredFlag, FlagsCategory, DiagnosticSeverity.Warning,
        "A feature flag is past its Expires date",
        "Feature flag '{0}' expired on {1} (today is {2}): remove it and the code it guards, or move its date",
        "Flags are temporary; the build's date (MSBuild property EmilySovereignToday pins it) is compared with Expires.");

    public static readonly DiagnosticDescriptor MalformedFlagExpiry = Create(
        DiagnosticIds.MalformedFlagExpiry, FlagsCategory, DiagnosticSeverity.Error,
        "A feature flag's Expires is not a date",
        "Expires \"{0}\" of feature flag '{1}' is not a date written yyyy-MM-dd",
        "Expires must be a real calendar date written yyyy-MM-dd, or ES3003 can never remind anyone to remove the flag.");

    public static readonly DiagnosticDescriptor RolloutPercentOutOfRange = Create(
        DiagnosticIds.RolloutPercentOutOfRange, FlagsCategory, DiagnosticSeverity.Error,
        "A feature flag's RolloutPercent is outside 0..100",
        "RolloutPercent {0} of feature flag '{1}' is not between 0 and 100",
        "A rollout percent is the share of entity keys that see the flag on, from 0 to 100.");

    public static readonly DiagnosticDescriptor InvalidFlagName = Create(
        DiagnosticIds.InvalidFlagName, FlagsCategory, DiagnosticSeverity.Error,
        "A feature flag name cannot become an environment variable and an accessor",
        "Feature flag name {0} cannot become an environment variable and a FeatureFlags property: {1}",
        "A flag name holds ASCII letters, digits, '_', '-' and '.'; it is read from EMILY_FLAG_<NAME> and through FeatureFlags.<PascalName>.");

    // Metrics (ES4xxx)
    private const string MetricsCategory = "Metrics";

    public static readonly DiagnosticDescriptor MetricNameInvalid = Create(
        DiagnosticIds.MetricNameInvalid, MetricsCategory, DiagnosticSeverity.Error,
        "A metric name breaks Prometheus naming rules",
        "Metric name '{0}' {1}: use '{2}'",
        "Metric names match [a-zA-Z_:][a-zA-Z0-9_:]*, are snake_case, do not start with '__' or contain ':', counters end in '_total', and a unit word in the name matches Unit.");

    public static readonly DiagnosticDescriptor DuplicateMetricName = Create(
        DiagnosticIds.DuplicateMetricName, MetricsCategory, DiagnosticSeverity.Error,
        "Two metrics share a name",
        "Metric name '{0}' is also declared by '{1}'",
        "Prometheus merges series of the same name: each metric of a compilation needs its own name.",
        true,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MetricMethodShape = Create(
        DiagnosticIds.MetricMethodShape, MetricsCategory, DiagnosticSeverity.Error,
        "A metric method has the wrong shape",
        "'{0}' cannot be a metric method: {1}",
        "A metric method is a static partial void method without a body in a partial, non-generic type; its first parameter is the value (long, int, double or float) and the others are tags (primitives, strings or enums).");

    // ADR references (ES5xxx)
    private const string AdrsCategory = "ArchitectureDecisions";

    public static readonly DiagnosticDescriptor UnknownAdr = Create(
        DiagnosticIds.UnknownAdr, AdrsCategory, DiagnosticSeverity.Error,
        "[Adr] names an ADR that does not exist",
        "[Adr({0})] names no ADR: {1}",
        "The number in [Adr(n)] must be the number of an ADR file NNNN-title.md in the project's docs/adr folder.");

    public static readonly DiagnosticDescriptor SupersededAdr = Create(
        DiagnosticIds.SupersededAdr, AdrsCategory, DiagnosticSeverity.Warning,
        "[Adr] names a superseded or deprecated ADR",
        "ADR {0} '{1}' is {2} {3}",
        "Code that still follows a superseded or deprecated decision should follow its successor or be revisited.");

    public static readonly DiagnosticDescriptor UnreadableAdrFile = Create(
        DiagnosticIds.UnreadableAdrFile, AdrsCategory, DiagnosticSeverity.Warning,
        "An ADR file cannot be read as an ADR",
        "{0} cannot be read as an ADR: {1}",
        "An ADR file needs a title ('# ADR 1: Title' or '# 1. Title'), a status and a number in its file name NNNN-title.md.");

    public static readonly DiagnosticDescriptor DuplicateAdrNumber = Create(
        DiagnosticIds.DuplicateAdrNumber, AdrsCategory, DiagnosticSeverity.Error,
        "Two ADR files share a number",
        "ADR number {0} is used by both {1} and {2}",
        "Every ADR file must have its own number, or [Adr(n)] cannot say which decision it means.");

    public static readonly DiagnosticDescriptor LayerTypeWithoutAdr = Create(
        DiagnosticIds.LayerTypeWithoutAdr, AdrsCategory, DiagnosticSeverity.Warning,
        "A type in an architecture layer carries no [Adr]",
        "'{0}' is in layer '{1}' but carries no [Adr]: name the decision it carries out",
        "For teams that want every decision recorded: each type in a layer of architecture.json names its ADR. Off by default.",
        enabledByDefault: false);

    // The baseline (ES63xx, docs/baseline.md)
    private const string BaselineCategory = "Baseline";

    /// <summary>A breach the baseline keeps: info, so that it shows in the IDE and the SARIF log but fails nothing.</summary>
    public static readonly DiagnosticDescriptor KeptByBaseline = Create(
        DiagnosticIds.KeptByBaseline, BaselineCategory, DiagnosticSeverity.Info,
        "A breach kept by the baseline",
        "{0} (kept by the baseline): {1}",
        "A breach of a layer or latency rule that the checked-in baseline lists; it does not fail the build, a new one does.");

    /// <summary>Warning locally (never an error: ES6302 is added to WarningsNotAsErrors), error in CI mode.</summary>
    public static readonly DiagnosticDescriptor StaleBaselineEntry = Create(
        DiagnosticIds.StaleBaselineEntry, BaselineCategory, DiagnosticSeverity.Warning,
        "A baseline entry no longer occurs as often",
        "The baseline keeps {0} of '{1} | {2} | {3}', the code has {4}: run 'dotnet msbuild -t:Baseline' to shrink the baseline",
        "An old breach was fixed: shrink the baseline so that it cannot come back unnoticed.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor BaselineFileInvalid = Create(
        DiagnosticIds.BaselineFileInvalid, BaselineCategory, DiagnosticSeverity.Warning,
        "The baseline file cannot be read",
        "Baseline: {0}; the baseline is ignored until the line is fixed",
        "A baseline file must hold lines 'rule | user | used | count'; a file with a line that is not one keeps nothing.");

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message,
        string? description = null, bool enabledByDefault = true, params string[] customTags) =>
        new(id, title, message, category, severity, enabledByDefault, description, RuleHelp.LinkFor(id), customTags);
}
