using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Adrs;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Adrs;

public sealed partial class AdrsGenerator
{
    /// <summary>Turns AdditionalFiles and build properties into models; never writes code.</summary>
    internal static class Parser
    {
        /// <summary>The ADR in <paramref name="file"/>, or null when the file is not an ADR file.</summary>
        public static AdrModel? ParseFile(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            options.GetOptions(file).TryGetValue(AdrFileName.KindMetadata, out var kind);
            if (!AdrFileName.IsAdrInput(file.Path, kind))
                return null;

            var document = AdrParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString());
            return ToModel(document);
        }

        public static AdrsTarget ReadTarget(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            var name = string.IsNullOrWhiteSpace(rootNamespace) ? compilation.AssemblyName : rootNamespace;
            var hasRuntime = RuntimeTypes.Exists(compilation, "EmilySovereign.AdrInfo");
            return new AdrsTarget(CSharpLiteral.Namespace(name), hasRuntime);
        }

        /// <summary>The model to emit, or null when there is nothing to emit (no ADRs, or no runtime to use).</summary>
        public static AdrsModel? BuildModel(ImmutableArray<AdrModel?> adrs, AdrsTarget? target)
        {
            if (adrs.IsDefaultOrEmpty || target is not { HasRuntime: true })
                return null;

            // Duplicate numbers are ES5004 (analyzer); the first file by path keeps the number so Get stays a switch.
            var unique = adrs
                .Where(a => a is not null)
                .Select(a => a!)
                .OrderBy(a => a.Number)
                .ThenBy(a => a.Path, StringComparer.Ordinal)
                .GroupBy(a => a.Number)
                .Select(g => g.First());
            return new AdrsModel(target.Namespace, unique.ToImmutableEquatableArray());
        }

        private static AdrModel ToModel(AdrDocument document)
        {
            var title = document.Title ?? TitleFromFileName(document.Path);
            var status = AdrText.NameOf(document.Status ?? AdrStatusKind.Proposed);
            return new AdrModel(document.Number, title, status, document.Date, document.SupersededBy, DisplayPath(document.Path));
        }

        private static string TitleFromFileName(string path)
        {
            var name = AdrFileName.FileNameOf(path);
            var dash = name.IndexOf('-');
            var stem = name.Substring(dash + 1, name.Length - dash - 1 - ".md".Length);
            return stem.Replace('-', ' ');
        }

        /// <summary><c>/repo/docs/adr/0001-x.md</c> → <c>docs/adr/0001-x.md</c>; elsewhere the folder and file name.</summary>
        internal static string DisplayPath(string path)
        {
            var normalized = path.Replace('\\', '/');
            var docs = normalized.LastIndexOf("docs/adr/", StringComparison.OrdinalIgnoreCase);
            if (docs >= 0 && (docs == 0 || normalized[docs - 1] == '/'))
                return normalized.Substring(docs);

            var segments = new List<string>(normalized.Split('/'));
            return segments.Count >= 2 ? segments[segments.Count - 2] + "/" + segments[segments.Count - 1] : normalized;
        }
    }
}
