using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>
/// What every test compilation references: the reference pack of the .NET that runs the tests (found beside it, so
/// nothing is downloaded) and EmilySovereign.Runtime, which declares the attributes the rules read.
/// </summary>
public static class TestReferences
{
    /// <summary>EmilySovereign.Runtime, which declares the attributes.</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(LayerAttribute).Assembly.Location);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(FindFramework);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(() => Framework.Add(Runtime));

    /// <summary>The target framework's reference assemblies alone: a compilation without the runtime assembly.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>The target framework's reference assemblies plus the runtime assembly.</summary>
    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>Nullable annotations on, as in every project of the repository.</summary>
    public static CSharpCompilationOptions LibraryOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>Compiles <paramref name="source"/> into an in-memory library, to test code that comes from metadata.</summary>
    public static MetadataReference CompileLibrary(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(source) }, All, LibraryOptions);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    // <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/<tfm>, beside <dotnet>/shared/Microsoft.NETCore.App/<version>.
    private static ImmutableArray<MetadataReference> FindFramework()
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
}
