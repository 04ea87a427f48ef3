using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Benchmarks.Latency;

/// <summary>
/// A generated codebase for the latency analyzer's cost: <c>LatencyModule.template</c> stamped out once per module.
/// The same template feeds measure-build-share.sh, so the benchmark and the real build measure the same code.
/// </summary>
internal static class LatencyCodebase
{
    public const string TemplateName = "LatencyModule.template";

    /// <summary>Every module keeps its budgets: 3 of its 4 types are budgeted (the worst case).</summary>
    public const string WorstCase = "WorstCase";

    /// <summary>
    /// Only the modules that <see cref="KeepsBudgets"/> keep their budgets, the others are the same code without any
    /// <c>[LatencyBudget]</c> line (nor the namespace it needs): 1 type in 10 is budgeted, the rest is ordinary code.
    /// </summary>
    public const string Realistic = "Realistic";

    /// <summary>2 modules in 15 (3 budgeted types of 4 each): 6 types of 60. measure-build-share.sh applies the same rule.</summary>
    public static bool KeepsBudgets(string shape, int module) => shape != Realistic || (2 * module) % 15 < 2;

    public static IReadOnlyList<SyntaxTree> Parse(int modules, string shape = WorstCase)
    {
        if (shape is not (WorstCase or Realistic))
            throw new ArgumentException("Unknown codebase: " + shape + " (" + WorstCase + " or " + Realistic + ")", nameof(shape));
        var template = File.ReadAllText(TemplatePath());
        var unbudgeted = string.Join("\n", template.Split('\n').Where(line => !line.Contains("[LatencyBudget(") && line.Trim() != "using EmilySovereign;"));
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        return Enumerable.Range(0, modules)
            .Select(i => CSharpSyntaxTree.ParseText(
                (KeepsBudgets(shape, i) ? template : unbudgeted).Replace("$i$", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                options, path: $"Module{i}.cs"))
            .ToArray();
    }

    /// <summary>A fresh compilation each time: a compilation caches what it has bound, which would hide the cost.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "LatencyCodebase",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(LatencyBudgetAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private static string TemplatePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "EmilySovereign.Benchmarks", "Latency", TemplateName);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("Run the benchmarks from inside the repository: " + TemplateName + " not found.");
    }
}
