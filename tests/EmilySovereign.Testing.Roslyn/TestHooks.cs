using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using FrameworkTest = Microsoft.CodeAnalysis.Testing.AnalyzerTest<Microsoft.CodeAnalysis.Testing.DefaultVerifier>;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>
/// What a test adds beside its sources. On a code-fix test each hook fills the state before and the state after, so
/// the fixed code compiles in the same surroundings. Add them after the test code: sources are named in order.
/// </summary>
public static class TestHooks
{
    public static TTest Expect<TTest>(this TTest test, params DiagnosticResult[] expected)
        where TTest : FrameworkTest
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>An AdditionalFiles item (architecture.json, an ADR, the baseline file...).</summary>
    public static TTest WithAdditionalFile<TTest>(this TTest test, string path, string text)
        where TTest : FrameworkTest
    {
        foreach (var state in States(test))
            state.AdditionalFiles.Add((path, text));
        return test;
    }

    /// <summary>A global analyzer config: MSBuild properties as <c>build_property.X = value</c> lines.</summary>
    public static TTest WithGlobalOptions<TTest>(this TTest test, string lines)
        where TTest : FrameworkTest =>
        test.WithAnalyzerConfig("/.globalconfig", "is_global = true\n" + lines);

    /// <summary>An .editorconfig at the root; <paramref name="sections"/> follows <c>root = true</c>.</summary>
    public static TTest WithEditorConfig<TTest>(this TTest test, string sections)
        where TTest : FrameworkTest =>
        test.WithAnalyzerConfig("/.editorconfig", "root = true\n" + sections);

    /// <summary>A source as a generator would add it (a stand-in for generated code the rule reads).</summary>
    public static TTest WithGeneratedSource<TTest>(this TTest test, string hintName, string text)
        where TTest : FrameworkTest
    {
        foreach (var state in States(test))
            state.Sources.Add((hintName, text));
        return test;
    }

    public static TTest WithReferences<TTest>(this TTest test, params MetadataReference[] references)
        where TTest : FrameworkTest
    {
        foreach (var state in States(test))
            state.AdditionalReferences.AddRange(references);
        return test;
    }

    internal static void UseTestReferences(FrameworkTest test)
    {
        // No reference package: the reference pack beside the running .NET is on disk already.
        test.ReferenceAssemblies = new ReferenceAssemblies("net");
        test.WithReferences(TestReferences.All.ToArray());
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }

    private static TTest WithAnalyzerConfig<TTest>(this TTest test, string path, string text)
        where TTest : FrameworkTest
    {
        foreach (var state in States(test))
            state.AnalyzerConfigFiles.Add((path, text));
        return test;
    }

    private static IEnumerable<SolutionState> States(FrameworkTest test)
    {
        yield return test.TestState;
        if (test is CodeFixTest<DefaultVerifier> fix)
            yield return fix.FixedState;
    }
}
