using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EmilySovereign.MetricRules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Generators.Metrics;

public sealed partial class MetricsGenerator
{
    /// <summary>Turns attributed methods and build properties into models; never writes code.</summary>
    internal static class Parser
    {
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// The declarations of one file that may be metric methods, found without binding: partial methods without a body
        /// with an attribute, which stand only among the members of partial types, so no body is walked. Their
        /// attributes' names are not compared: a using alias may name a metric attribute otherwise.
        /// </summary>
        public static ImmutableArray<MethodDeclarationSyntax> FindCandidates(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var found = ImmutableArray.CreateBuilder<MethodDeclarationSyntax>();
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
                AddCandidates(unit.Members, found);
            return found.ToImmutable();
        }

        /// <summary>The metric methods among one file's candidates, as the compiler binds them.</summary>
        public static ImmutableEquatableArray<MetricMethodModel> ParseMethods(
            Compilation compilation, ImmutableArray<MethodDeclarationSyntax> candidates, CancellationToken cancellationToken)
        {
            var model = compilation.GetSemanticModel(candidates[0].SyntaxTree);
            var hasGauge = compilation.GetTypeByMetadataName(MetricShape.GaugeType) is not null;
            var methods = new List<MetricMethodModel>();
            foreach (var candidate in candidates)
            {
                if (model.GetDeclaredSymbol(candidate, cancellationToken) is { } method && ParseMethod(method, candidate, hasGauge) is { } parsed)
                    methods.Add(parsed);
            }

            return methods.ToImmutableEquatableArray();
        }

        private static void AddCandidates(SyntaxList<MemberDeclarationSyntax> members, ImmutableArray<MethodDeclarationSyntax>.Builder found)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        AddCandidates(ns.Members, found);
                        break;
                    // A partial method stands only in a partial declaration, and a metric method's types are all partial
                    // (MetricShape), so the members of other types are not read.
                    case TypeDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.PartialKeyword):
                        AddCandidates(type.Members, found);
                        break;
                    case MethodDeclarationSyntax { AttributeLists.Count: > 0, Body: null, ExpressionBody: null } method
                        when method.Modifiers.Any(SyntaxKind.PartialKeyword):
                        found.Add(method);
                        break;
                }
            }
        }

        /// <summary>The model of one candidate, or null when it is no metric or its shape is wrong (ES4003 reports it).</summary>
        private static MetricMethodModel? ParseMethod(IMethodSymbol method, MethodDeclarationSyntax syntax, bool hasGauge)
        {
            var attributes = method.GetAttributes().Where(a => MetricShape.KindOf(a.AttributeClass) is not null).ToList();
            if (attributes.Count != 1)
                return null;
            var attribute = attributes[0];
            var kind = MetricShape.KindOf(attribute.AttributeClass)!;
            if (MetricShape.Check(method, syntax, kind == "Gauge", hasGauge) is not null)
                return null;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name)
                return null;

            var tags = method.Parameters.Skip(1).Select(ToTag).ToImmutableEquatableArray();
            return new MetricMethodModel(
                method.ContainingNamespace.IsGlobalNamespace ? string.Empty : method.ContainingNamespace.ToDisplayString(),
                ContainingTypes(method.ContainingType),
                string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
                method.Name,
                kind,
                name,
                NamedString(attribute, "Unit"),
                NamedString(attribute, "Description"),
                MetricShape.ValueKeyword(method.Parameters[0].Type)!,
                method.Parameters[0].Name,
                tags,
                MeterConstant(method.ContainingType),
                Budget(method),
                syntax.SyntaxTree.FilePath);
        }

        public static MetricsTarget ReadTarget(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
            options.GlobalOptions.TryGetValue("build_property.EmilySovereignObservability", out var observability);
            var name = string.IsNullOrWhiteSpace(rootNamespace) ? compilation.AssemblyName ?? string.Empty : rootNamespace!.Trim();
            return new MetricsTarget(
                CSharpLiteral.Namespace(name),
                name,
                compilation.GetTypeByMetadataName("EmilySovereign.Metrics.MetricInfo") is not null,
                compilation.GetTypeByMetadataName("System.Diagnostics.Metrics.InstrumentAdvice`1") is not null,
                projectDir ?? string.Empty,
                string.Equals(observability, "true", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The model to emit, or null when there is nothing to emit (no metrics, or no runtime to use).</summary>
        public static MetricsModel? BuildModel(ImmutableArray<MetricMethodModel> methods, MetricsTarget? target)
        {
            if (methods.IsDefaultOrEmpty || target is not { HasRuntime: true })
                return null;
            var sorted = methods
                .OrderBy(m => m.Member, StringComparer.Ordinal)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .ToImmutableEquatableArray();
            return new MetricsModel(target, sorted);
        }

        private static TagModel ToTag(IParameterSymbol parameter)
        {
            var kind = MetricShape.TagKindOf(parameter.Type)!.Value;
            var values = kind == TagKind.Enum ? EnumValues((INamedTypeSymbol)parameter.Type) : ImmutableEquatableArray<EnumTagValue>.Empty;
            return new TagModel(parameter.Name, parameter.Name, parameter.Type.ToDisplayString(TypeFormat), kind.ToString(), values);
        }

        /// <summary>One tag text per distinct constant value (aliases share the first member's text), so a switch compiles.</summary>
        private static ImmutableEquatableArray<EnumTagValue> EnumValues(INamedTypeSymbol type)
        {
            var seen = new HashSet<object>();
            var values = new List<EnumTagValue>();
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.HasConstantValue && field.ConstantValue is { } value && seen.Add(value))
                    values.Add(new EnumTagValue(field.Name, PrometheusName.SnakeCase(field.Name, unicode: true), Bits(value)));
            }

            return values.ToImmutableEquatableArray();
        }

        /// <summary>An enum constant (of any underlying type) widened as C# widens it to <c>ulong</c>: signed ones sign-extend.</summary>
        private static ulong Bits(object value) => value switch
        {
            ulong u => u,
            uint u => u,
            ushort u => u,
            byte u => u,
            sbyte s => unchecked((ulong)s),
            short s => unchecked((ulong)s),
            int s => unchecked((ulong)s),
            long s => unchecked((ulong)s),
            _ => ulong.MaxValue,
        };

        private static ImmutableEquatableArray<ContainingType> ContainingTypes(INamedTypeSymbol type)
        {
            var types = new List<ContainingType>();
            for (var current = type; current is not null; current = current.ContainingType)
                types.Insert(0, new ContainingType(Keyword(current), current.Name));
            return types.ToImmutableEquatableArray();
        }

        private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (_, TypeKind.Struct) => "struct",
            (_, TypeKind.Interface) => "interface",
            _ => "class",
        };

        private static string? NamedString(AttributeData attribute, string name) =>
            attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

        /// <summary>A class picks its meter with <c>const string MeterName</c>; the attention core keeps its own that way.</summary>
        private static string? MeterConstant(INamedTypeSymbol type) =>
            type.GetMembers("MeterName").OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst)?.ConstantValue as string;

        private static double? Budget(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == "EmilySovereign.LatencyBudgetAttribute"
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is double budget
                    && budget > 0 && !double.IsInfinity(budget))
                {
                    return budget;
                }
            }

            return null;
        }
    }
}
