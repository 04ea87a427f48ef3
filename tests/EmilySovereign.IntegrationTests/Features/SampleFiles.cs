using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>Copies a repository sample into a consumer project, laid out as the package expects it.</summary>
internal static class SampleFiles
{
    /// <summary>
    /// Sources, .editorconfig and text AdditionalFiles go into the project folder; architecture.json and docs/adr go to
    /// the root above it, where the package finds them by searching upwards. Project files and build output stay behind.
    /// </summary>
    public static void CopyInto(ConsumerProject consumer, string sample)
    {
        var source = RepositoryPaths.Combine("samples", sample);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
                continue;
            if (relative == "architecture.json" || relative.StartsWith(Path.Combine("docs", "adr"), StringComparison.Ordinal))
                consumer.Write(relative, File.ReadAllText(file));
            else if (relative.EndsWith(".cs", StringComparison.Ordinal) || relative.EndsWith(".txt", StringComparison.Ordinal) || relative == ".editorconfig")
                consumer.Write(Path.Combine("src", "Consumer", relative), File.ReadAllText(file));
        }
    }

    /// <summary>The packages the sample's project references besides EmilySovereign, at the repository's versions.</summary>
    public static string PackageReferences(string sample) =>
        RepositoryPackages.References(
            XDocument.Load(RepositoryPaths.Combine("samples", sample, sample + ".csproj"))
                .Descendants("PackageReference")
                .Select(e => (string)e.Attribute("Include")!));
}
