using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>
/// The one way to test a generator: run it on in-memory sources and additional files, read its output and diagnostics,
/// compile and load what it generated, and check that an unrelated edit leaves its tracked steps cached.
/// </summary>
public sealed record GeneratorHarness<TGenerator>
    where TGenerator : IIncrementalGenerator, new()
{
    /// <summary>The folder of the sources, <c>File0.cs</c>, <c>File1.cs</c>... (also given as <c>build_property.ProjectDir</c>).</summary>
    public const string SourceDirectory = "/src/Sample/";

    public CSharpParseOptions ParseOptions { get; init; } = new(LanguageVersion.Latest);

    /// <summary>MSBuild properties, keyed <c>build_property.X</c>.</summary>
    public IReadOnlyDictionary<string, string> GlobalOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>The metadata every additional file carries, keyed <c>build_metadata.AdditionalFiles.X</c>.</summary>
    public IReadOnlyDictionary<string, string> AdditionalFileOptions { get; init; } = new Dictionary<string, string>();

    public CSharpCompilation Compilation(params string[] sources) => Compilation(sources, "Sample", withRuntime: true);

    /// <param name="withRuntime">False: a consumer without EmilySovereign.Runtime.</param>
    public CSharpCompilation Compilation(IEnumerable<string> sources, string assemblyName, bool withRuntime) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, n) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"{SourceDirectory}File{n}.cs")),
            withRuntime ? TestReferences.All : TestReferences.Framework,
            TestReferences.LibraryOptions);

    /// <summary>Options with one entry, or none when <paramref name="value"/> is null.</summary>
    public static IReadOnlyDictionary<string, string> Options(string key, string? value) =>
        value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [key] = value };

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>A driver that tracks the generator's steps; <paramref name="globalOptions"/> replaces <see cref="GlobalOptions"/>.</summary>
    public GeneratorDriver Driver(ImmutableArray<AdditionalText> texts = default, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new TGenerator().AsSourceGenerator() },
            texts.IsDefault ? ImmutableArray<AdditionalText>.Empty : texts,
            ParseOptions,
            new InMemoryOptionsProvider(globalOptions ?? GlobalOptions, AdditionalFileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator on <paramref name="compilation"/>; fails on a diagnostic of the generator.</summary>
    public GeneratorOutput Run(CSharpCompilation compilation, ImmutableArray<AdditionalText> texts = default, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        Driver(texts, globalOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).Select(tree => tree.ToString()).ToList();
        return new GeneratorOutput(generated, output);
    }

    /// <summary>
    /// Runs the generator on <paramref name="compilation"/>, then on <paramref name="edited"/>, and checks that each of
    /// <paramref name="steps"/> ran and its outputs were Cached or Unchanged, and that nothing was emitted again.
    /// </summary>
    public GeneratorRunResult AssertCachedAfterEdit(Compilation compilation, Compilation edited, IReadOnlyCollection<string> steps, ImmutableArray<AdditionalText> texts = default)
    {
        var result = Driver(texts).RunGenerators(compilation).RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(steps.OrderBy(s => s, StringComparer.Ordinal), result.TrackedSteps.Keys.Where(steps.Contains).OrderBy(s => s, StringComparer.Ordinal));
        var outputs = result.TrackedSteps.Where(s => steps.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        return result;
    }

    /// <summary><paramref name="compilation"/> with source <paramref name="index"/> replaced, at the same path.</summary>
    public static Compilation Edit(Compilation compilation, int index, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
    }

    /// <summary>Emits <paramref name="compilation"/>, fails on any error (and warning, if asked), and loads it apart.</summary>
    public static Assembly Load(Compilation compilation, bool failOnWarnings = false)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        if (failOnWarnings)
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));

        // The generated code runs against the runtime this process has loaded, not a second copy.
        var runtime = typeof(LayerAttribute).Assembly;
        var context = new AssemblyLoadContext(typeof(TGenerator).Name + "-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == runtime.GetName().Name ? runtime : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}

/// <summary>What a generator run produced: each generated file's text, and the compilation with them added.</summary>
public sealed record GeneratorOutput(IReadOnlyList<string> Generated, Compilation Output)
{
    /// <summary>The text of the one generated file, or null when the generator added none.</summary>
    public string? Text => Generated.SingleOrDefault();

    /// <summary>Fails on any warning or error of the output compilation.</summary>
    public GeneratorOutput AssertCompilesClean()
    {
        var problems = Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return this;
    }
}
