using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Layers;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>An architecture file and the used side of the tests, for the layer rules.</summary>
internal static class LayerTestSources
{
    public const string ArchitecturePath = "/0/architecture.json";

    /// <summary>The contract's example plus <c>Mind</c>, which may use <c>Cognition</c> only (an allowed edge to test).</summary>
    public const string Architecture = """
        {
          "layers": {
            "Instinct":      { "namespaces": ["Emily.Instinct", "Emily.Instinct.*"], "mayUse": ["NervousSystem"] },
            "Cognition":     { "namespaces": ["Emily.Cognition.*"], "mayUse": ["Instinct", "NervousSystem"] },
            "NervousSystem": { "namespaces": ["Emily.NervousSystem.*"], "mayUse": [] },
            "Mind":          { "namespaces": ["Emily.Mind.*"], "mayUse": ["Cognition"] }
          }
        }
        """;

    /// <summary>Types in the Cognition layer, one per kind of thing a use can name.</summary>
    public const string Cognition = """
        using System;

        namespace Emily.Cognition
        {
            public class Planner
            {
                public const int Limit = 3;
                public int Value;
                public int Run() => Value;
                public static int Plan() => Limit;
                public class Step { }
            }

            public interface IPlan { }
            public struct PlanStruct { }
            public delegate void PlanHandler();
            public class PlanException : Exception { }
            public sealed class PlanAttribute : Attribute { }
            public static class PlanExtensions
            {
                public static int Twice(this int value) => value * 2;
            }
        }

        namespace Shared
        {
            /// <summary>Code in no layer, which hands Cognition objects to anyone.</summary>
            public static class Provider
            {
                public static Emily.Cognition.Planner Planner => new();
            }
        }
        """;

    /// <summary>A layer test of <paramref name="sources"/> with <paramref name="architecture"/> as architecture.json (none if null).</summary>
    public static RuleTest<LayerAnalyzer> Test(string? architecture, params string[] sources)
    {
        var test = AnalyzerVerifier<LayerAnalyzer>.Test(sources);
        return architecture is null ? test : test.WithAdditionalFile(ArchitecturePath, architecture);
    }

    /// <summary>The analyzer run straight on a compilation, for tests that make many of them.</summary>
    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> AnalyzeAsync(
        string architecture, IEnumerable<string> sources, IEnumerable<MetadataReference>? extraReferences = null) =>
        AnalyzerVerifier<LayerAnalyzer>.AnalyzeAsync(sources, new[] { ("/src/architecture.json", architecture) }, extraReferences);

    /// <summary>A forbidden use at a markup location with the message's five arguments.</summary>
    public static DiagnosticResult Violation(int location, string user, string userLayer, string used, string usedLayer, string mayUse) =>
        new DiagnosticResult(Descriptors.LayerViolation).WithLocation(location).WithArguments(user, userLayer, used, usedLayer, mayUse);
}
