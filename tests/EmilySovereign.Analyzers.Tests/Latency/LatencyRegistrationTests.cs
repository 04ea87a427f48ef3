using System.Collections.Immutable;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>
/// What the latency analyzer asks of the compiler's driver, read from the driver's own count of registered actions: nothing
/// per symbol, body or file when no file writes a budget, and never a symbol-start action, whose per-member bookkeeping
/// cost a third of a 2 000-type compile beside the SDK's analyzers (issue 26, ADR 0043).
/// </summary>
public sealed class LatencyRegistrationTests
{
    [Fact]
    public async Task A_project_that_uses_the_runtime_without_budgets_registers_nothing_per_symbol_body_or_file()
    {
        var actions = await RegisteredActions("""
            using EmilySovereign;
            [Layer("Cognition")] class Planner { [Adr(1)] void Plan() { } }
            """);

        Assert.Equal((0, 0, 0, 0, 0, 0), (actions.SymbolActionsCount, actions.SymbolStartActionsCount, actions.OperationBlockActionsCount, actions.OperationActionsCount, actions.SyntaxTreeActionsCount, actions.SemanticModelActionsCount));
    }

    [Theory]
    [InlineData("class Planner { [EmilySovereign.LatencyBudget(5)] void Plan() { } }")]
    [InlineData("using Budget = EmilySovereign.LatencyBudgetAttribute; class Planner { [Budget(5)] void Plan() { } }")]
    [InlineData("[EmilySovereign.LatencyBudget(5)] class Planner { void Plan() { } }")]
    public async Task A_written_budget_gets_one_block_action_and_no_symbol_start_action(string source)
    {
        var actions = await RegisteredActions(source);

        Assert.Equal((1, 0, 1), (actions.OperationBlockActionsCount, actions.SymbolStartActionsCount, actions.SemanticModelActionsCount));
    }

    private static async Task<AnalyzerTelemetryInfo> RegisteredActions(string source)
    {
        var analyzer = new LatencyBudgetAnalyzer();
        var compilation = CSharpCompilation.Create(
            "Sample", [CSharpSyntaxTree.ParseText(source)], TestReferences.All, TestReferences.LibraryOptions);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
    }
}
