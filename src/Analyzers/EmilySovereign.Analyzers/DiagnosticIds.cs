namespace EmilySovereign.Analyzers;

/// <summary>Every diagnostic ID the analyzers report, by rule family; the contract fixes these names' values.</summary>
public static class DiagnosticIds
{
    // Layers (ES1xxx)
    public const string LayerViolation = "ES1001";
    public const string ArchitectureFileInvalid = "ES1002";
    public const string UnknownLayer = "ES1003";
    public const string LayerCycle = "ES1004";
    public const string LayerGraphEdge = "ES1005";

    // Latency budgets (ES2xxx)
    public const string CallsLargerBudget = "ES2001";
    public const string BlockingCall = "ES2002";
    public const string SequentialBudgetsExceedBudget = "ES2003";
    public const string InvalidBudget = "ES2004";
    public const string LockInBudgetedCode = "ES2005";
    public const string BudgetLargerThanContract = "ES2006";
    public const string BudgetedCallInUnboundedLoop = "ES2007";
    public const string UnreadableBlockingCatalogLine = "ES2008";

    // Feature flags (ES3xxx)
    public const string UndeclaredFlag = "ES3001";
    public const string DuplicateFlag = "ES3002";
    public const string ExpiredFlag = "ES3003";
    public const string MalformedFlagExpiry = "ES3004";
    public const string RolloutPercentOutOfRange = "ES3005";
    public const string InvalidFlagName = "ES3006";

    // Metrics (ES4xxx)
    public const string MetricNameInvalid = "ES4001";
    public const string DuplicateMetricName = "ES4002";
    public const string MetricMethodShape = "ES4003";

    // ADR references (ES5xxx)
    public const string UnknownAdr = "ES5001";
    public const string SupersededAdr = "ES5002";
    public const string UnreadableAdrFile = "ES5003";
    public const string DuplicateAdrNumber = "ES5004";
    public const string LayerTypeWithoutAdr = "ES5005";

    // The baseline of kept breaches (ES63xx: a build check, but reported by the analyzers that find the breaches)
    public const string KeptByBaseline = "ES6301";
    public const string StaleBaselineEntry = "ES6302";
    public const string BaselineFileInvalid = "ES6303";
}
