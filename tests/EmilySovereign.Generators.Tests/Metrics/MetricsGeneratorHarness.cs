using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EmilySovereign.Generators.Metrics;
using EmilySovereign.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Tests.Metrics;

/// <summary>Runs <see cref="MetricsGenerator"/> on in-memory sources, compiles what it generates and loads it.</summary>
internal static class MetricsGeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(MetricInfo).Assembly.Location))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Sample",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/src/Sample/File{i}.cs")),
            LazyReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(string? rootNamespace = "Sample.App") =>
        CSharpGeneratorDriver.Create(
            new[] { new MetricsGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new OptionsProvider(rootNamespace is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace, ["build_property.ProjectDir"] = "/src/Sample/" }),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator, asserts no generator or compiler error, and returns the generated files and the output.</summary>
    public static (IReadOnlyList<string> Generated, Compilation Output) Run(CSharpCompilation compilation, string? rootNamespace = "Sample.App")
    {
        Driver(rootNamespace).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return (output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).Select(t => t.ToString()).ToList(), output);
    }

    /// <summary>Emits <paramref name="compilation"/>, fails on any error, and loads it in a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("metrics-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == typeof(MetricInfo).Assembly.GetName().Name ? typeof(MetricInfo).Assembly : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    public static IReadOnlyList<MetricInfo> All(Assembly assembly, string catalog = "Sample.App.MetricsCatalog") =>
        (IReadOnlyList<MetricInfo>)assembly.GetType(catalog, throwOnError: true)!.GetProperty("All")!.GetValue(null)!;

    public static void Invoke(Assembly assembly, string type, string method, params object?[] arguments) =>
        assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, arguments);

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public OptionsProvider(Dictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
