using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EmilySovereign.Analyzers.Layers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EmilySovereign.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs <see cref="LayerAnalyzer"/> over sources with markup and an architecture file. References the reference pack
/// of the SDK that runs the tests (no download) plus a small compiled copy of <c>[Layer]</c>.
/// </summary>
internal static class LayerVerifier
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

    public const string LayerAttributeSource = """
        namespace EmilySovereign
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class LayerAttribute : System.Attribute
            {
                public LayerAttribute(string name) => Name = name;
                public string Name { get; }
            }
        }
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework);

    private static readonly Lazy<MetadataReference> LazyAttribute = new(
        () => CompileLibrary("EmilySovereign.LayerAttributes", LayerAttributeSource, includeAttribute: false));

    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    public static MetadataReference AttributeReference => LazyAttribute.Value;

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>A forbidden use at markup location 0 with the message's five arguments.</summary>
    public static DiagnosticResult Violation(int location, string user, string userLayer, string used, string usedLayer, string mayUse) =>
        new DiagnosticResult(Descriptors.LayerViolation).WithLocation(location).WithArguments(user, userLayer, used, usedLayer, mayUse);

    /// <summary>Compiles a library against the same references, to test types that come from metadata.</summary>
    public static MetadataReference CompileLibrary(string name, string source, bool includeAttribute = true)
    {
        var references = includeAttribute ? Framework.Add(AttributeReference) : Framework;
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    public static Test Create(string architecture, params string[] sources)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (architecture is not null)
        {
            test.TestState.AdditionalFiles.Add((ArchitecturePath, architecture));
        }

        return test;
    }

    // The reference pack beside the running shared framework: <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/<tfm>.
    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var runtimeDirectory = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var dotnetRoot = runtimeDirectory.Parent!.Parent!.Parent!.FullName;
        var packs = new DirectoryInfo(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"));
        var pack = packs.GetDirectories(runtimeDirectory.Name).FirstOrDefault()
            ?? packs.GetDirectories().OrderByDescending(d => d.Name, StringComparer.Ordinal).First();
        var refDirectory = pack.GetDirectories("ref").Single().GetDirectories().Single();
        return refDirectory.GetFiles("*.dll")
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file.FullName))
            .ToImmutableArray();
    }

    public sealed class Test : CSharpAnalyzerTest<LayerAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Framework);
            TestState.AdditionalReferences.Add(AttributeReference);
            SolutionTransforms.Add((solution, projectId) =>
            {
                var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
                return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
            });
        }
    }
}
