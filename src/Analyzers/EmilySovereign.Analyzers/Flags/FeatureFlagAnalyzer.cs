using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Flags;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Flags;

/// <summary>
/// ES3001 (a constant name in <c>FeatureFlags.IsEnabled</c> is not declared) and ES3002–ES3006 (a declaration is
/// duplicated, expired, has a malformed date or percent, or a name that becomes no variable and no property).
/// A project whose compilation sees no <c>FeatureFlagAttribute</c>, or declares no flag, registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FeatureFlagAnalyzer : CompilationStartAnalyzer
{
    /// <summary>The diagnostic property with the declared name an ES3001 name most likely means, for the code fix.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>The MSBuild property that pins the date ES3003 compares with (<c>yyyy-MM-dd</c>); the package sets it to the build's UTC date.</summary>
    public const string TodayProperty = "build_property.EmilySovereignToday";

    public FeatureFlagAnalyzer()
        : base(
            GeneratedCodeAnalysisFlags.None,
            Descriptors.UndeclaredFlag, Descriptors.DuplicateFlag, Descriptors.ExpiredFlag,
            Descriptors.MalformedFlagExpiry, Descriptors.RolloutPercentOutOfRange, Descriptors.InvalidFlagName)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Flags are declared in this compilation's own files, each naming the attribute (an alias names it too): without
        // that word anywhere there is nothing to read, and reading would first bind every assembly attribute (issue 26).
        // The text first: the symbol's lookup makes the compiler index every file's declarations on this clock.
        if (RuntimeTypes.FindOnFirstUse(context.Compilation, "EmilySovereign.FeatureFlagAttribute") is not { } flagAttribute
            || !new AttributeSites(context.Compilation, "FeatureFlag").AnyInCompilation(context.CancellationToken)
            || flagAttribute.Value is not { } attributeType)
        {
            return;
        }

        var declarations = FlagDeclaration.ReadAll(context.Compilation, attributeType, context.CancellationToken);
        if (declarations.IsEmpty)
            return;

        var problems = FlagDeclarationProblems.Find(declarations, Today(context.Options));
        if (!problems.IsEmpty)
        {
            var byTree = problems.ToLookup(d => d.Location.SourceTree);
            context.RegisterSyntaxTreeAction(treeContext =>
            {
                foreach (var diagnostic in byTree[treeContext.Tree])
                    treeContext.ReportDiagnostic(diagnostic);
            });
        }

        var names = declarations.Where(d => d.Name is not null).Select(d => d.Name!).Distinct(StringComparer.Ordinal).ToList();
        var declared = new HashSet<string>(names, StringComparer.Ordinal);
        var assembly = context.Compilation.Assembly;
        context.RegisterSyntaxNodeAction(nodeContext => AnalyzeInvocation(nodeContext, assembly, declared, names), SyntaxKind.InvocationExpression);
    }

    private static DateTime Today(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TodayProperty, out var text) &&
        FeatureFlagNames.TryParseDate(text?.Trim(), out var pinned)
            ? pinned
            : DateTime.UtcNow.Date;

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, IAssemblySymbol assembly, HashSet<string> declared, List<string> names)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var called = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (called != "IsEnabled" || invocation.ArgumentList.Arguments.Count is not (1 or 2))
            return;

        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method ||
            method.ContainingType is not { Name: FeatureFlagNames.ClassName } type ||
            !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly) ||
            method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var argument = NameArgument(invocation.ArgumentList, method.Parameters[0].Name);
        if (argument is null ||
            context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is not { HasValue: true, Value: string name } ||
            declared.Contains(name))
        {
            return;
        }

        var suggestion = FlagNameSuggestion.For(name, names);
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        var advice = suggestion is null
            ? string.Format(CultureInfo.InvariantCulture, ": declare it with [assembly: FeatureFlag(\"{0}\")]", name)
            : $": did you mean '{suggestion}'?";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UndeclaredFlag, argument.Expression.GetLocation(), properties, name, advice));
    }

    private static ArgumentSyntax? NameArgument(ArgumentListSyntax list, string parameter) =>
        list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter) ??
        (list.Arguments[0].NameColon is null ? list.Arguments[0] : null);
}
