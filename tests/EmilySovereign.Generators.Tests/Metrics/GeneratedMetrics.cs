using System.Collections.Generic;
using System.Reflection;
using EmilySovereign.Generators.Metrics;
using EmilySovereign.Metrics;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary><see cref="MetricsGenerator"/> run on in-memory sources, and the generated catalog read back by reflection.</summary>
internal static class GeneratedMetrics
{
    public static readonly GeneratorHarness<MetricsGenerator> Harness = new() { GlobalOptions = Options("Sample.App") };

    public static CSharpCompilation Compilation(params string[] sources) => Harness.Compilation(sources);

    public static GeneratorDriver Driver() => Harness.Driver();

    /// <summary>Runs the generator, asserts no generator or compiler warning, and returns the generated files and the output.</summary>
    public static (IReadOnlyList<string> Generated, Compilation Output) Run(CSharpCompilation compilation, string? rootNamespace = "Sample.App")
    {
        var run = Harness.Run(compilation, globalOptions: Options(rootNamespace)).AssertCompilesClean();
        return (run.Generated, run.Output);
    }

    public static Assembly Load(Compilation compilation) => GeneratorHarness<MetricsGenerator>.Load(compilation);

    public static IReadOnlyList<MetricInfo> All(Assembly assembly, string catalog = "Sample.App.MetricsCatalog") =>
        (IReadOnlyList<MetricInfo>)assembly.GetType(catalog, throwOnError: true)!.GetProperty("All")!.GetValue(null)!;

    public static void Invoke(Assembly assembly, string type, string method, params object?[] arguments) =>
        assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, arguments);

    // The project folder makes the catalog's source paths relative; without a root namespace neither is set.
    private static IReadOnlyDictionary<string, string> Options(string? rootNamespace) => rootNamespace is null
        ? new Dictionary<string, string>()
        : new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.ProjectDir"] = GeneratorHarness<MetricsGenerator>.SourceDirectory,
        };
}
