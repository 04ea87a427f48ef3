using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Flags;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Flags;

public sealed partial class FeatureFlagsGenerator
{
    /// <summary>Turns assembly attributes and build properties into models; never writes code.</summary>
    internal static class Parser
    {
        public const string AttributeMetadataName = "EmilySovereign.FeatureFlagAttribute";

        /// <summary>
        /// What one file's top level shows without binding: an assembly attribute named <c>FeatureFlag</c>, one named by a
        /// bare identifier (which a using alias may stand for), and a using alias of a type named <c>FeatureFlag</c>.
        /// Assembly attributes stand only there, so no file is walked further.
        /// </summary>
        public static FlagFile ScanFile(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
                return default;
            bool namesFlag = false, bareName = false, flagAlias = false;
            foreach (var list in unit.AttributeLists)
            {
                if (!(list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) ?? false))
                    continue;
                foreach (var attribute in list.Attributes)
                {
                    namesFlag |= IsFlagName(attribute.Name);
                    bareName |= attribute.Name is IdentifierNameSyntax;
                }
            }

            foreach (var directive in unit.Usings)
                flagAlias |= directive.Alias is not null && directive.NamespaceOrType is NameSyntax target && IsFlagName(target);
            return new FlagFile(namesFlag, bareName, flagAlias);
        }

        /// <summary>Whether any file may declare a flag: only then is an attribute bound.</summary>
        public static bool MayDeclareFlags(ImmutableArray<FlagFile> files) =>
            files.Any(f => f.NamesFlag) || (files.Any(f => f.DeclaresFlagAlias) && files.Any(f => f.HasBareName));

        /// <summary>The <c>[assembly: FeatureFlag]</c> attributes, as the compiler bound them.</summary>
        public static ImmutableEquatableArray<FlagDeclaration> ParseDeclarations(Compilation compilation)
        {
            var declarations = new List<FlagDeclaration>();
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeMetadataName && attribute.ApplicationSyntaxReference is { } syntax)
                    declarations.Add(Read(attribute, syntax));
            }

            return declarations.ToImmutableEquatableArray();
        }

        private static bool IsFlagName(NameSyntax name) => NameSyntaxes.LastIdentifier(name) is "FeatureFlag" or "FeatureFlagAttribute";

        public static FlagsTarget ReadTarget(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            var name = string.IsNullOrWhiteSpace(rootNamespace) ? compilation.AssemblyName : rootNamespace;
            var hasRuntime = compilation.GetTypeByMetadataName("EmilySovereign.DeclaredFeatureFlag") is not null;
            return new FlagsTarget(CSharpLiteral.Namespace(name), hasRuntime);
        }

        /// <summary>
        /// The model to emit, or null when no flag is declared. Declarations are ordered by file and position; a name
        /// declared twice keeps its first declaration, and an accessor name taken twice goes to the first flag only
        /// (both are ES3002, reported by the analyzer), so what is emitted always compiles.
        /// </summary>
        public static FlagsModel? BuildModel(ImmutableEquatableArray<FlagDeclaration> all, FlagsTarget? target)
        {
            if (target is not { HasRuntime: true })
                return null;

            var declarations = all
                .Where(d => d.Name is not null)
                .OrderBy(d => d.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Position)
                .ToList();
            if (declarations.Count == 0)
                return null;

            var names = new HashSet<string>(StringComparer.Ordinal);
            var accessors = new HashSet<string>(StringComparer.Ordinal);
            var flags = new List<FlagModel>();
            foreach (var declaration in declarations)
            {
                var name = declaration.Name!;
                if (!names.Add(name))
                    continue;
                var accessor = FeatureFlagNames.AccessorFor(name);
                if (accessor is not null && !accessors.Add(accessor))
                    accessor = null;
                flags.Add(new FlagModel(
                    name,
                    accessor,
                    declaration.Default,
                    declaration.Description,
                    declaration.Owner,
                    FeatureFlagNames.TryParseDate(declaration.Expires, out _) ? declaration.Expires : null,
                    declaration.RolloutPercent is >= 0 and <= 100 ? declaration.RolloutPercent : null,
                    FeatureFlagNames.EnvironmentVariableFor(name)));
            }

            return new FlagsModel(target.Namespace, flags.ToImmutableEquatableArray());
        }

        private static FlagDeclaration Read(AttributeData attribute, SyntaxReference syntax)
        {
            var arguments = FeatureFlagArguments.Read(attribute);
            return new FlagDeclaration(
                arguments.Name, arguments.Default, arguments.Description, arguments.Owner, arguments.Expires, arguments.RolloutPercent,
                syntax.SyntaxTree.FilePath, syntax.Span.Start);
        }
    }
}
