namespace EmilySovereign.Analyzers;

/// <summary>Every diagnostic ID the analyzers report, by rule family; the contract fixes these names' values.</summary>
public static class DiagnosticIds
{
    // Layers (ES1xxx)

    // Latency budgets (ES2xxx)

    // ADR references (ES5xxx)
}
