using System.Collections.Generic;
using System.Reflection;
using EmilySovereign.Generators.Adrs;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary><see cref="AdrsGenerator"/> run on in-memory ADR files, and what it generated read back by reflection.</summary>
internal static class GeneratedAdrs
{
    /// <summary>ADR files (kind <c>Adr</c>) in the root namespace <c>Sample.App</c>.</summary>
    public static readonly GeneratorHarness<AdrsGenerator> Harness = For("Sample.App", "Adr");

    public static CSharpCompilation Compilation(string assemblyName = "Sample", bool withRuntime = true) =>
        Harness.Compilation(new[] { "class Program { }" }, assemblyName, withRuntime);

    /// <summary>A driver for <paramref name="files"/> of kind <paramref name="kind"/> in <paramref name="rootNamespace"/>.</summary>
    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> files, string? rootNamespace = "Sample.App", string? kind = "Adr") =>
        For(rootNamespace, kind).Driver(GeneratorHarness<AdrsGenerator>.Texts(files));

    /// <summary>Runs the generator; returns the generated text (null for none) and the compilation it produced.</summary>
    public static (string? Generated, Compilation Output) Run(IEnumerable<(string Path, string Text)> files, string? rootNamespace = "Sample.App", CSharpCompilation? compilation = null, string? kind = "Adr")
    {
        var run = For(rootNamespace, kind).Run(compilation ?? Compilation(), GeneratorHarness<AdrsGenerator>.Texts(files));
        return (run.Text, run.Output);
    }

    public static Assembly Load(Compilation compilation) => GeneratorHarness<AdrsGenerator>.Load(compilation);

    public static AdrInfo? Get(Assembly assembly, string typeName, int number) =>
        (AdrInfo?)assembly.GetType(typeName, throwOnError: true)!.GetMethod("Get")!.Invoke(null, new object[] { number });

    public static IReadOnlyList<AdrInfo> All(Assembly assembly, string typeName) =>
        (IReadOnlyList<AdrInfo>)assembly.GetType(typeName, throwOnError: true)!.GetProperty("All")!.GetValue(null)!;

    private static GeneratorHarness<AdrsGenerator> For(string? rootNamespace, string? kind) => new()
    {
        GlobalOptions = GeneratorHarness<AdrsGenerator>.Options("build_property.RootNamespace", rootNamespace),
        AdditionalFileOptions = GeneratorHarness<AdrsGenerator>.Options("build_metadata.AdditionalFiles.EmilySovereignKind", kind),
    };
}
