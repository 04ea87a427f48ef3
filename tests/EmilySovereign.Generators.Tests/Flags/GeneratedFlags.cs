using System;
using System.Collections.Generic;
using System.Reflection;
using EmilySovereign.Generators.Flags;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary><see cref="FeatureFlagsGenerator"/> run on in-memory sources, and the generated class read back by reflection.</summary>
internal static class GeneratedFlags
{
    public const string TypeName = "Sample.App.FeatureFlags";

    /// <summary>Documentation comments are parsed, so a description that breaks the XML shows up as a warning.</summary>
    public static readonly GeneratorHarness<FeatureFlagsGenerator> Harness = new()
    {
        ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose),
        GlobalOptions = GeneratorHarness<FeatureFlagsGenerator>.Options("build_property.RootNamespace", "Sample.App"),
    };

    public static CSharpCompilation Compilation(params string[] sources) => Harness.Compilation(sources);

    public static GeneratorDriver Driver(string? rootNamespace = "Sample.App") =>
        Harness.Driver(globalOptions: GeneratorHarness<FeatureFlagsGenerator>.Options("build_property.RootNamespace", rootNamespace));

    /// <summary>Emits and loads <paramref name="compilation"/>; fails on any error or warning.</summary>
    public static Assembly Load(Compilation compilation) => GeneratorHarness<FeatureFlagsGenerator>.Load(compilation, failOnWarnings: true);

    /// <summary>Runs the generator; returns the generated text (null for none) and the compilation it produced.</summary>
    public static (string? Generated, Compilation Output) Run(params string[] sources)
    {
        var run = Harness.Run(Harness.Compilation(sources));
        return (run.Text, run.Output);
    }

    /// <summary>Compiles (without warnings) and loads the generated class for <paramref name="declarations"/>, one file each.</summary>
    public static Type Flags(params string[] declarations) =>
        Load(Run(declarations).Output).GetType(TypeName, throwOnError: true)!;

    public static bool Property(Type flags, string name) => (bool)flags.GetProperty(name)!.GetValue(null)!;

    public static bool IsEnabled(Type flags, string name) =>
        (bool)flags.GetMethod("IsEnabled", new[] { typeof(string) })!.Invoke(null, new object[] { name })!;

    public static bool IsEnabled(Type flags, string name, string key) =>
        (bool)flags.GetMethod("IsEnabled", new[] { typeof(string), typeof(string) })!.Invoke(null, new object[] { name, key })!;

    public static IReadOnlyList<FeatureFlagInfo> All(Type flags) => (IReadOnlyList<FeatureFlagInfo>)flags.GetProperty("All")!.GetValue(null)!;
}
