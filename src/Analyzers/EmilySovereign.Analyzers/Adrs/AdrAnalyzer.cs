using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using EmilySovereign.Adrs;
using EmilySovereign.Analyzers.Common;
using EmilySovereign.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Adrs;

/// <summary>
/// ES5001 (<c>[Adr(n)]</c> names no ADR), ES5002 (it names a superseded or deprecated ADR), ES5003 (an ADR file
/// cannot be read, reported inside the file) and ES5004 (two ADR files share a number, reported in both).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AdrAnalyzer : CompilationStartAnalyzer
{
    /// <summary>The diagnostic property with the successor's number, for the ES5002 code fix.</summary>
    public const string SuccessorProperty = "Successor";

    private const string AttributeMetadataName = "EmilySovereign.AdrAttribute";

    public AdrAnalyzer()
        : base(
            GeneratedCodeAnalysisFlags.None,
            Descriptors.UnknownAdr, Descriptors.SupersededAdr, Descriptors.UnreadableAdrFile,
            Descriptors.DuplicateAdrNumber)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var catalog = new AdrCatalog(AdrFileCache.FindAll(context.Options, context.CancellationToken));
        if (!catalog.Files.IsEmpty)
            context.RegisterAdditionalFileAction(fileContext => ReportFileProblems(fileContext, catalog));

        // One action per file that searches the text for the attribute's name, not a syntax node action that binds every
        // attribute of the compilation: most attributes are not [Adr] (ADR 0043). A semantic model action, which the
        // driver runs once the tree's declarations are complete: the attributes it reads are then bound, where a syntax
        // tree action, run first, bound them itself (the compiler's work on this analyzer's clock).
        if (RuntimeTypes.FindOnFirstUse(context.Compilation, AttributeMetadataName) is { } adrAttribute)
        {
            var sites = new AttributeSites(context.Compilation, "Adr");
            context.RegisterSemanticModelAction(modelContext => AnalyzeTree(modelContext, sites, adrAttribute, catalog));
        }
    }

    private static void ReportFileProblems(AdditionalFileAnalysisContext context, AdrCatalog catalog)
    {
        foreach (var file in catalog.Files)
        {
            if (file.Input.Path != context.AdditionalFile.Path)
                continue;

            foreach (var problem in file.Document.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnreadableAdrFile, file.LocationOf(problem.Line, problem.Column, problem.Length), file.FileName, problem.Message));
            }

            foreach (var other in catalog.SharingNumberWith(file))
            {
                var line = file.Document.TitleLine == 0 ? 1 : file.Document.TitleLine;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DuplicateAdrNumber, file.LocationOf(line, 1, file.Text.Lines[line - 1].Span.Length),
                    file.Document.Number, file.FileName, other.FileName));
            }
        }
    }

    private static void AnalyzeTree(SemanticModelAnalysisContext context, AttributeSites sites, Lazy<INamedTypeSymbol?> adrAttribute, AdrCatalog catalog)
    {
        foreach (var attribute in sites.In(context.SemanticModel.SyntaxTree, context.CancellationToken))
        {
            if (attribute.ArgumentList is { Arguments.Count: 1 } && adrAttribute.Value is { } type)
                AnalyzeAttribute(context, attribute, type, catalog);
        }
    }

    private static void AnalyzeAttribute(SemanticModelAnalysisContext context, AttributeSyntax attribute, INamedTypeSymbol adrAttribute, AdrCatalog catalog)
    {
        if (NumberOf(context.SemanticModel, attribute, adrAttribute, context.CancellationToken) is not { } number)
            return;

        var argument = attribute.ArgumentList!.Arguments[0].Expression;
        var file = catalog.Find(number);
        if (file is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownAdr, argument.GetLocation(), number, Folder(catalog)));
            return;
        }

        var document = file.Document;
        if (document.Status is not (AdrStatusKind.Superseded or AdrStatusKind.Deprecated))
            return;

        var status = AdrText.NameOf(document.Status.Value).ToLowerInvariant();
        var successor = document.SupersededBy is int next && next != number ? catalog.Find(next) : null;
        var advice = successor is null
            ? "and names no successor: revisit the decision"
            : $"by ADR {successor.Document.Number} '{successor.Document.Title}': follow it instead";
        var properties = successor is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuccessorProperty, successor.Document.Number.ToString(CultureInfo.InvariantCulture));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SupersededAdr, argument.GetLocation(), properties, number, document.Title ?? file.FileName, status, advice));
    }

    /// <summary>The ADR number <paramref name="attribute"/> names, or null when it is no <c>[Adr]</c> or names none.</summary>
    private static int? NumberOf(SemanticModel model, AttributeSyntax attribute, INamedTypeSymbol adrAttribute, CancellationToken cancellationToken)
    {
        if (BoundOnDeclaration(model, attribute, cancellationToken) is { } bound)
        {
            return SymbolEqualityComparer.Default.Equals(bound.AttributeClass, adrAttribute)
                && bound.ConstructorArguments.Length == 1 && bound.ConstructorArguments[0].Value is int boundNumber ? boundNumber : null;
        }

        if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor ||
            !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, adrAttribute))
        {
            return null;
        }

        // The constant as written; the constructor takes an int, which every integral type it accepts converts to.
        return model.GetConstantValue(attribute.ArgumentList!.Arguments[0].Expression, cancellationToken).Value switch
        {
            int number => number,
            (sbyte or byte or short or ushort or char) and var narrower => System.Convert.ToInt32(narrower, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>
    /// The attribute as the compiler bound it for the member, type or parameter it is written on, or null where it is not
    /// found that way (an explicit target, the assembly, a lambda or local function): there the caller binds it. Binding
    /// an attribute alone (<c>GetSymbolInfo</c>) builds a model for it and runs nullable analysis over it again, about
    /// half a millisecond each in a 10 000-type project (issue 26); the declaration's attributes are bound once anyway.
    /// </summary>
    private static AttributeData? BoundOnDeclaration(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        if (attribute.Parent is not AttributeListSyntax { Target: null, Parent: { } owner })
            return null;
        var declaration = owner switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault(),
            MemberDeclarationSyntax or AccessorDeclarationSyntax => owner,
            ParameterSyntax or TypeParameterSyntax when owner.Parent?.Parent is MemberDeclarationSyntax => owner,
            _ => null,
        };
        if (declaration is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } symbol)
            return null;

        foreach (var data in symbol.GetAttributes())
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.Span == attribute.Span && reference.SyntaxTree == attribute.SyntaxTree)
                return data;
        }

        return null;
    }

    private static string Folder(AdrCatalog catalog) =>
        catalog.Files.IsEmpty ? "no ADR files were found (docs/adr)" : $"none of the {catalog.Files.Length} ADR files has that number";
}
