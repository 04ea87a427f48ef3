using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>
/// The violations gallery (samples/EmilySovereign.Sample.Violations): one file per diagnostic a user's code can trigger.
/// Its build must report exactly the diagnostics written next to the code: nothing missing, nothing extra.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ViolationsGalleryTests(PackageFixture fixture)
{
    private const string Gallery = "EmilySovereign.Sample.Violations";

    /// <summary>IDs a user's C# code cannot trigger in a project whose other rules are checked, and why.</summary>
    private static readonly Dictionary<string, string> NotInGallery = new()
    {
        ["ES1002"] = "an unreadable architecture.json turns every layer rule off, so it cannot share a project with them",
        ["ES1005"] = "an info diagnostic read by the build to draw the layer graph, only with -p:EmilySovereignLayerGraph=true",
        ["ES6301"] = "the baseline's: a baseline file would take the gallery's own breaches out of the build (see the baseline's end-to-end test)",
        ["ES6302"] = "the baseline's: a baseline file would take the gallery's own breaches out of the build (see the baseline's end-to-end test)",
        ["ES6303"] = "the baseline's: a baseline file would take the gallery's own breaches out of the build (see the baseline's end-to-end test)",
    };

    [Fact]
    public void The_gallery_build_reports_exactly_the_expected_diagnostics()
    {
        using var consumer = ConsumerProject.Create(
            fixture.Package,
            "<PropertyGroup><RootNamespace>Emily</RootNamespace></PropertyGroup><ItemGroup><AdditionalFiles Include=\"LatencyBlocking.txt\" /></ItemGroup>",
            outputType: "Library");
        SampleFiles.CopyInto(consumer, Gallery);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var reported = BuildDiagnostic.Parse(build.Output)
            .Where(d => d.Id.StartsWith("ES", StringComparison.Ordinal))
            .Select(d => $"{d.FileName}:{d.Line} {d.Id}")
            .Distinct()
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Expected(), reported);
    }

    [Fact]
    public void Every_analyzer_rule_is_in_the_gallery_or_says_why_not()
    {
        var ids = Regex.Matches(File.ReadAllText(RepositoryPaths.Combine("src", "Analyzers", "EmilySovereign.Analyzers", "DiagnosticIds.cs")), "\"(ES\\d{4})\"")
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        var shown = Expected().Select(e => e[(e.LastIndexOf(' ') + 1)..]).ToHashSet();

        Assert.Empty(ids.Except(shown).Except(NotInGallery.Keys).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Empty(NotInGallery.Keys.Intersect(shown));
    }

    [Fact]
    public void The_expectation_reader_sees_comments_and_the_file_list()
    {
        // A check of the check: a gallery whose expectations could not be read would compare two empty sets.
        var expected = Expected();
        Assert.Contains("ES1001.cs:11 ES1001", expected);
        Assert.Contains("architecture.json:8 ES1004", expected);
        Assert.True(expected.Count >= 15, string.Join(Environment.NewLine, expected));
    }

    /// <summary>
    /// "file:line ID" for every <c>// expect: ID[, ID]</c> comment in the gallery's C# files, plus the lines of
    /// expected-diagnostics.txt for files that cannot carry a comment (architecture.json, ADRs, LatencyBlocking.txt).
    /// </summary>
    private static List<string> Expected()
    {
        var folder = RepositoryPaths.Combine("samples", Gallery);
        var expected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Regex.Match(lines[i], @"// expect: (?<ids>ES\d{4}(, *ES\d{4})*)\s*$");
                if (match.Success)
                    expected.AddRange(match.Groups["ids"].Value.Split(',').Select(id => $"{Path.GetFileName(file)}:{i + 1} {id.Trim()}"));
            }
        }

        foreach (var line in File.ReadAllLines(Path.Combine(folder, "expected-diagnostics.txt")))
        {
            var match = Regex.Match(line, @"^(?<path>[^#\s][^:]*):(?<line>\d+) (?<id>ES\d{4})$");
            if (match.Success)
                expected.Add($"{Path.GetFileName(match.Groups["path"].Value)}:{match.Groups["line"].Value} {match.Groups["id"].Value}");
            else if (line.Length > 0 && !line.StartsWith('#'))
                throw new FormatException("expected-diagnostics.txt: not 'path:line ID': " + line);
        }

        return expected.Distinct().OrderBy(e => e, StringComparer.Ordinal).ToList();
    }
}
