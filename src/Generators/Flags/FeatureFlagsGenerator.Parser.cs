using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.Flags;
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
        private const string AttributeMetadataName = "EmilySovereign.FeatureFlagAttribute";

        /// <summary>An <c>[assembly: ...]</c> list with an attribute whose last name part is FeatureFlag(Attribute).</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword } list &&
            list.Attributes.Any(static a => IsFlagName(a.Name));

        public static ImmutableEquatableArray<FlagDeclaration> ParseList(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var list = (AttributeListSyntax)context.Node;
            var declarations = new List<FlagDeclaration>();
            foreach (var attribute in list.Attributes)
            {
                if (!IsFlagName(attribute.Name) ||
                    context.SemanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor ||
                    constructor.ContainingType.ToDisplayString() != AttributeMetadataName)
                {
                    continue;
                }

                declarations.Add(Read(attribute, context.SemanticModel, cancellationToken));
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
        public static FlagsModel? BuildModel(ImmutableArray<ImmutableEquatableArray<FlagDeclaration>> lists, FlagsTarget target)
        {
            if (!target.HasRuntime)
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

        private static FlagDeclaration Read(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            string? name = null, description = null, owner = null, expires = null;
            var @default = false;
            int? rolloutPercent = null;
            var positional = 0;
            foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
            {
                var value = model.GetConstantValue(argument.Expression, cancellationToken);
                var constant = value.HasValue ? value.Value : null;
                var named = argument.NameEquals?.Name.Identifier.ValueText;
                if (named is null)
                {
                    if (positional++ == 0)
                        name = constant as string;
                    continue;
                }

                switch (named)
                {
                    case "Default": @default = constant is true; break;
                    case "Description": description = constant as string; break;
                    case "Owner": owner = constant as string; break;
                    case "Expires": expires = constant as string; break;
                    case "RolloutPercent": rolloutPercent = constant is int percent ? percent : null; break;
                }
            }

            return new FlagDeclaration(name, @default, description, owner, expires, rolloutPercent, attribute.SyntaxTree.FilePath, attribute.SpanStart);
        }

        private static bool IsFlagName(NameSyntax name)
        {
            var simple = name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax plain => plain.Identifier.ValueText,
                _ => string.Empty,
            };
            return simple is "FeatureFlag" or "FeatureFlagAttribute";
        }
    }
}
