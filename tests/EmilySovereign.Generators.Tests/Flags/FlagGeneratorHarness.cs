using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EmilySovereign.Generators.Flags;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>Runs <see cref="FeatureFlagsGenerator"/> on in-memory sources and compiles (and loads) what it generates.</summary>
internal static class FlagGeneratorHarness
{
    public const string TypeName = "Sample.App.FeatureFlags";

    /// <summary>Documentation comments are parsed, so a description that breaks the XML shows up as a warning.</summary>
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(DeclaredFeatureFlag).Assembly.Location))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Sample",
            sources.Select((s, n) => CSharpSyntaxTree.ParseText(s, Parse, path: $"File{n}.cs")),
            LazyReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(string? rootNamespace = "Sample.App") =>
        CSharpGeneratorDriver.Create(
            new[] { new FeatureFlagsGenerator().AsSourceGenerator() },
            ImmutableArray<AdditionalText>.Empty,
            Parse,
            new OptionsProvider(rootNamespace is null ? new() : new() { ["build_property.RootNamespace"] = rootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the generated text (null for none) and the compilation it produced.</summary>
    public static (string? Generated, Compilation Output) Run(params string[] sources)
    {
        var compilation = Compilation(sources);
        Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).SingleOrDefault();
        return (generated?.ToString(), output);
    }

    /// <summary>Emits <paramref name="compilation"/>, fails on any error or warning, and loads it in a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
        var context = new AssemblyLoadContext("flags-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == typeof(DeclaredFeatureFlag).Assembly.GetName().Name ? typeof(DeclaredFeatureFlag).Assembly : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    /// <summary>Compiles and loads the generated class for <paramref name="declarations"/> (assembly attributes).</summary>
    public static Type Flags(string declarations) => Load(Run(declarations).Output).GetType(TypeName, throwOnError: true)!;

    public static bool Property(Type flags, string name) => (bool)flags.GetProperty(name)!.GetValue(null)!;

    public static bool IsEnabled(Type flags, string name) =>
        (bool)flags.GetMethod("IsEnabled", new[] { typeof(string) })!.Invoke(null, new object[] { name })!;

    public static bool IsEnabled(Type flags, string name, string key) =>
        (bool)flags.GetMethod("IsEnabled", new[] { typeof(string), typeof(string) })!.Invoke(null, new object[] { name, key })!;

    public static IReadOnlyList<FeatureFlagInfo> All(Type flags) => (IReadOnlyList<FeatureFlagInfo>)flags.GetProperty("All")!.GetValue(null)!;

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
