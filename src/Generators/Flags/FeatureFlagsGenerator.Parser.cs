using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmilySovereign.Flags;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Flags;

public sealed partial class FeatureFlagsGenerator
{
    /// <summary>Turns assembly attributes and build properties into models; never writes code.</summary>
    internal static class Parser
    {
        public const string AttributeMetadataName = "EmilySovereign.FeatureFlagAttribute";

        /// <summary>The <c>[assembly: FeatureFlag]</c> attributes of one file, as the compiler bound them.</summary>
        public static ImmutableEquatableArray<FlagDeclaration> ParseDeclarations(GeneratorAttributeSyntaxContext context)
        {
            var declarations = new List<FlagDeclaration>(context.Attributes.Length);
            foreach (var attribute in context.Attributes)
            {
                if (attribute.ApplicationSyntaxReference is { } syntax)
                    declarations.Add(Read(attribute, syntax));
            }

            return declarations.ToImmutableEquatableArray();
        }

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
        public static FlagsModel? BuildModel(ImmutableArray<ImmutableEquatableArray<FlagDeclaration>> lists, FlagsTarget? target)
        {
            if (target is not { HasRuntime: true })
                return null;

            var declarations = lists.SelectMany(l => l)
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
