using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EmilySovereign.Benchmarks.Layers;

namespace EmilySovereign.Benchmarks.Scale;

/// <summary>
/// A user's codebase with every feature on at once (issue 26): the layered codebase under rules it keeps, two budgeted
/// methods per type (one calling the other), <c>[Adr]</c> on one type in ten and 20 ADR files. Every analyzer and
/// generator of the package has work to do, and a build succeeds, so ReportAnalyzer compares them with the SDK's own.
/// </summary>
public static class ScaleCodebase
{
    public const int AdrFiles = 20;

    /// <summary>Writes the project into <paramref name="folder"/>: sources, architecture.json and docs/adr.</summary>
    public static void Write(string folder, int typeCount, string analyzers, string generators, string runtime)
    {
        Directory.CreateDirectory(Path.Combine(folder, "docs", "adr"));
        var sources = Sources(typeCount);
        for (var i = 0; i < sources.Count; i++)
            File.WriteAllText(Path.Combine(folder, $"File{i}.cs"), sources[i]);
        File.WriteAllText(Path.Combine(folder, "architecture.json"), LayeredCodebase.Architecture);
        foreach (var (name, text) in Adrs())
            File.WriteAllText(Path.Combine(folder, "docs", "adr", name), text);

        File.WriteAllText(Path.Combine(folder, "Scale.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>Scale</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{runtime}" />
                <Analyzer Include="{analyzers}" Condition="'$(EmilySovereign)' != 'false'" />
                <Analyzer Include="{generators}" Condition="'$(EmilySovereign)' != 'false'" />
                <AdditionalFiles Include="architecture.json" Condition="'$(LayerRules)' != 'false'" />
                <AdditionalFiles Include="docs/adr/*.md" Condition="'$(AdrFiles)' != 'false'" />
              </ItemGroup>
            </Project>
            """);
    }

    public static IReadOnlyList<string> Sources(int typeCount) =>
        LayeredCodebase.Sources(typeCount, keepRules: true, usesPerType: 2, Decorate);

    /// <summary>The ADR files: file name and text.</summary>
    public static IEnumerable<(string Name, string Text)> Adrs()
    {
        for (var n = 1; n <= AdrFiles; n++)
        {
            yield return ($"{n:0000}-decision-{n}.md",
                $"# ADR {n}: Decision {n}\n\nStatus: Accepted\nDate: 2026-12-04\nContext: scale benchmark.\nDecision: keep it.\n");
        }
    }

    private static (string Attributes, string Members) Decorate(int type)
    {
        var attributes = type % 10 == 0
            ? "[global::EmilySovereign.Adr(" + (type / 10 % AdrFiles + 1).ToString(CultureInfo.InvariantCulture) + ")]\n    "
            : string.Empty;
        const string members = """
                    [global::EmilySovereign.LatencyBudget(10)]
                    public int Fast() => Get() + 1;
                    [global::EmilySovereign.LatencyBudget(20)]
                    public int Slow() => Fast() + Get();

            """;
        return (attributes, members);
    }
}
