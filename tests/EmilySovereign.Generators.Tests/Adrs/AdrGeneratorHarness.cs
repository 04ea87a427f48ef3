using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using EmilySovereign.Generators.Adrs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>Runs <see cref="AdrsGenerator"/> on in-memory ADR files and compiles (and loads) what it generates.</summary>
internal static class AdrGeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(AdrInfo).Assembly.Location))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(string assemblyName = "Sample", bool withRuntime = true, string source = "class Program { }") =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs") },
            withRuntime ? LazyReferences.Value : LazyReferences.Value.Where(r => !r.Display!.EndsWith("EmilySovereign.Runtime.dll", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();

    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> files, string? rootNamespace = "Sample.App", string? kind = "Adr") =>
        Driver(Texts(files), rootNamespace, kind);

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> texts, string? rootNamespace = "Sample.App", string? kind = "Adr")
    {
        var global = rootNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
        var perFile = kind is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.EmilySovereignKind"] = kind };
        return CSharpGeneratorDriver.Create(
            new[] { new AdrsGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new OptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator; returns the generated text (null for none) and the compilation it produced.</summary>
    public static (string? Generated, Compilation Output) Run(IEnumerable<(string Path, string Text)> files, string? rootNamespace = "Sample.App", CSharpCompilation? compilation = null, string? kind = "Adr")
    {
        compilation ??= Compilation();
        Driver(files, rootNamespace, kind).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).SingleOrDefault();
        return (generated?.ToString(), output);
    }

    /// <summary>Emits <paramref name="compilation"/>, fails on any error, and loads it in a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("adrs-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == typeof(AdrInfo).Assembly.GetName().Name ? typeof(AdrInfo).Assembly : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    public static AdrInfo? Get(Assembly assembly, string typeName, int number) =>
        (AdrInfo?)assembly.GetType(typeName, throwOnError: true)!.GetMethod("Get")!.Invoke(null, new object[] { number });

    public static IReadOnlyList<AdrInfo> All(Assembly assembly, string typeName) =>
        (IReadOnlyList<AdrInfo>)assembly.GetType(typeName, throwOnError: true)!.GetProperty("All")!.GetValue(null)!;

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _perFile;

        public OptionsProvider(Dictionary<string, string> global, Dictionary<string, string> perFile)
        {
            GlobalOptions = new Options(global);
            _perFile = new Options(perFile);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perFile;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
