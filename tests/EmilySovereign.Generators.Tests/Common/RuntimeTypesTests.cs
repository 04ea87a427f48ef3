using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Roslyn;
using EmilySovereign.Testing.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Common;

/// <summary>
/// <see cref="RuntimeTypes.Exists"/> reads the runtime file's metadata instead of binding the compilation's references,
/// and must answer as <see cref="RuntimeTypes.Find"/> would wherever that shortcut does not apply: a runtime under
/// another file name, a file of the runtime's name without the type, an unreadable one, a type declared in source.
/// <see cref="RuntimeTypes.FindOnFirstUse"/> is <see cref="RuntimeTypes.Find"/> put off until asked.
/// </summary>
public sealed class RuntimeTypesTests : IDisposable
{
    private const string AdrInfo = "EmilySovereign.AdrInfo";
    private readonly string _folder = Directory.CreateTempSubdirectory("runtime-types-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_runtime_file_answers_for_its_own_types_and_no_others()
    {
        var compilation = Compile("class Program { }", TestReferences.All);

        Assert.True(RuntimeTypes.Exists(compilation, AdrInfo));
        Assert.False(RuntimeTypes.Exists(compilation, "EmilySovereign.NoSuchType"));
        Assert.False(RuntimeTypes.Exists(compilation, "Elsewhere.AdrInfo"));
    }

    [Fact]
    public void A_file_of_the_runtimes_name_holding_another_assembly_is_not_the_runtime()
    {
        // The compiler knows an assembly by its name, not its file's: Find would not look into this one either.
        var impostor = EmitToRuntimeFileName("Impostor", "namespace EmilySovereign { public sealed class AdrInfo { } }");
        var compilation = Compile("class Program { }", TestReferences.Framework.Append(MetadataReference.CreateFromFile(impostor)));

        Assert.False(RuntimeTypes.Exists(compilation, AdrInfo));
        Assert.Null(RuntimeTypes.Find(compilation, AdrInfo));
    }

    [Fact]
    public void The_runtime_under_another_file_name_is_still_found()
    {
        var renamed = Path.Combine(_folder, "Renamed.dll");
        File.Copy(typeof(LayerAttribute).Assembly.Location, renamed);
        var compilation = Compile("class Program { }", TestReferences.Framework.Append(MetadataReference.CreateFromFile(renamed)));

        Assert.True(RuntimeTypes.Exists(compilation, AdrInfo));
    }

    [Theory]
    [InlineData("class Program { }", false)]
    [InlineData("namespace EmilySovereign { public sealed class AdrInfo { } }", true)]
    public void A_file_of_the_runtimes_name_without_the_type_leaves_the_answer_to_the_compilation(string source, bool declaredInSource)
    {
        var library = EmitToRuntimeFileName(RuntimeTypes.AssemblyName, "namespace EmilySovereign { public class Other { } }");
        var compilation = Compile(source, TestReferences.Framework.Append(MetadataReference.CreateFromFile(library)));

        Assert.Equal(declaredInSource, RuntimeTypes.Exists(compilation, AdrInfo));
        Assert.Equal(declaredInSource, RuntimeTypes.Find(compilation, AdrInfo) is not null);
        Assert.Equal(declaredInSource, RuntimeTypes.FindOnFirstUse(compilation, AdrInfo)?.Value is not null);
    }

    [Fact]
    public void An_unreadable_file_of_the_runtimes_name_throws_nothing()
    {
        var garbage = Path.Combine(_folder, RuntimeTypes.AssemblyName + ".dll");
        File.WriteAllBytes(garbage, [1, 2, 3, 4]);
        var compilation = Compile("class Program { }", TestReferences.Framework.Append(MetadataReference.CreateFromFile(garbage)));

        Assert.False(RuntimeTypes.Exists(compilation, AdrInfo));
    }

    [Fact]
    public void FindOnFirstUse_finds_what_Find_finds_when_first_asked()
    {
        var compilation = Compile("class Program { }", TestReferences.All);

        var adrInfo = RuntimeTypes.FindOnFirstUse(compilation, AdrInfo);

        Assert.NotNull(adrInfo);
        Assert.False(adrInfo.IsValueCreated);
        Assert.Equal(RuntimeTypes.Find(compilation, AdrInfo), adrInfo.Value, SymbolEqualityComparer.Default);
        Assert.NotNull(adrInfo.Value);
    }

    [Theory]
    [InlineData("EmilySovereign.NoSuchType")]
    [InlineData("Elsewhere.AdrInfo")]
    public void FindOnFirstUse_is_null_for_a_type_the_runtime_lacks(string metadataName)
    {
        var compilation = Compile("class Program { }", TestReferences.All);

        Assert.Null(RuntimeTypes.FindOnFirstUse(compilation, metadataName));
    }

    /// <summary>An assembly of the given name and source, written where the runtime's file name would be.</summary>
    private string EmitToRuntimeFileName(string assemblyName, string source)
    {
        var path = Path.Combine(_folder, RuntimeTypes.AssemblyName + ".dll");
        var emitted = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source)], TestReferences.Framework, TestReferences.LibraryOptions).Emit(path);
        Assert.True(emitted.Success);
        return path;
    }

    private static CSharpCompilation Compile(string source, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create("Sample", [CSharpSyntaxTree.ParseText(source)], references, TestReferences.LibraryOptions);
}
