using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Testing;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Analyzers.Tests.Layers;

/// <summary>The analyzer never throws (no AD0001) on half-typed code: real files of this repository cut at many points.</summary>
public sealed class LayerAnalyzerRobustnessTests
{
    // Restrictive on purpose: everything is in a layer that may use nothing, so every name goes down the full path.
    private const string Architecture = """
        {
          "layers": {
            "Analyzers": { "namespaces": ["EmilySovereign.Analyzers.*"], "mayUse": [] },
            "Toolkit":   { "namespaces": ["EmilySovereign.*"], "mayUse": [] },
            "Platform":  { "namespaces": ["System.*", "Microsoft.*"], "mayUse": [] }
          }
        }
        """;

    private const int CutsPerFile = 12;

    public static TheoryData<string> SourceFiles() => new(
        Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, System.StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public async Task Truncated_file_does_not_make_the_analyzer_throw(string relativePath)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine(relativePath));
        var cuts = Enumerable.Range(1, CutsPerFile).Select(i => text.Substring(0, text.Length * i / (CutsPerFile + 1)));
        var roslyn = new[]
        {
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.Location),
        };

        var (_, exceptions) = await LayerTestSources.AnalyzeAsync(Architecture, cuts.Append(text), roslyn);

        Assert.Empty(exceptions);
    }
}
