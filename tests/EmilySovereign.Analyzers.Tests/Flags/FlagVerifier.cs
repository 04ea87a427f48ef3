using EmilySovereign.Analyzers.Flags;
using EmilySovereign.Analyzers.Tests.Verifiers;
using EmilySovereign.CodeFixes.Flags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Flags;

/// <summary>
/// Runs <see cref="FeatureFlagAnalyzer"/> (and its fix) over a source with markup, beside a stand-in for the generated
/// <c>FeatureFlags</c> class, with the build's date pinned to <see cref="Today"/>.
/// </summary>
internal static class FlagVerifier
{
    public const string Today = "2027-01-15";

    /// <summary>The shape the generator emits, minus the bodies: the analyzer looks only at the signatures.</summary>
    public const string GeneratedStandIn = """
        namespace Sample
        {
            internal static partial class FeatureFlags
            {
                public static bool IsEnabled(string name) => false;
                public static bool IsEnabled(string name, string entityKey) => false;
            }
        }
        """;

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(FeatureFlagAttribute).Assembly.Location);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static AnalyzerTest Analyzer(string source, string? today = Today, bool withStandIn = true)
    {
        var test = new AnalyzerTest();
        Configure(test.TestState, source, today, withStandIn);
        return test;
    }

    public static FixTest Fix(string source, string fixedSource)
    {
        var test = new FixTest();
        Configure(test.TestState, source, Today, withStandIn: true);
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.Sources.Add(("FeatureFlags.g.cs", GeneratedStandIn));
        test.FixedState.AdditionalReferences.AddRange(LayerVerifier.Framework);
        test.FixedState.AdditionalReferences.Add(Runtime);
        return test;
    }

    private static void Configure(SolutionState state, string source, string? today, bool withStandIn)
    {
        state.Sources.Add(source);
        if (withStandIn)
            state.Sources.Add(("FeatureFlags.g.cs", GeneratedStandIn));
        if (today is not null)
            state.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.EmilySovereignToday = {today}\n"));
        state.AdditionalReferences.AddRange(LayerVerifier.Framework);
        state.AdditionalReferences.Add(Runtime);
    }

    public sealed class AnalyzerTest : CSharpAnalyzerTest<FeatureFlagAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => ReferenceAssemblies = new ReferenceAssemblies("net10.0");

        public AnalyzerTest Expect(params DiagnosticResult[] expected)
        {
            ExpectedDiagnostics.AddRange(expected);
            return this;
        }
    }

    public sealed class FixTest : CSharpCodeFixTest<FeatureFlagAnalyzer, UndeclaredFlagFixer, DefaultVerifier>
    {
        public FixTest() => ReferenceAssemblies = new ReferenceAssemblies("net10.0");

        public FixTest Expect(params DiagnosticResult[] expected)
        {
            ExpectedDiagnostics.AddRange(expected);
            return this;
        }
    }
}
