using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmilySovereign.Generators.Flags;

/// <summary>
/// Generates <c>FeatureFlags</c> from the <c>[assembly: FeatureFlag]</c> declarations. The compiler's attribute index
/// (<c>ForAttributeWithMetadataName</c>) finds them: it looks only where attributes can stand, never walks method
/// bodies, and binds nothing in a file without such an attribute, so an edit elsewhere leaves every step Cached or
/// Unchanged. No declaration, no output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class FeatureFlagsGenerator : IIncrementalGenerator
{
    internal const string DeclarationsStep = "FlagDeclarations";
    internal const string TargetStep = "FlagTarget";
    internal const string ModelStep = "FlagsModel";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                Parser.AttributeMetadataName,
                static (node, _) => node is CompilationUnitSyntax,
                static (attributes, _) => Parser.ParseDeclarations(attributes))
            .WithTrackingName(DeclarationsStep)
            .Collect();

        // The compilation is looked at only when a flag is declared: a project without flags pays for no type lookup.
        var target = declarations
            .Select(static (lists, _) => !lists.IsDefaultOrEmpty)
            .Combine(context.CompilationProvider)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left.Left ? Parser.ReadTarget(pair.Left.Right, pair.Right) : null)
            .WithTrackingName(TargetStep);

        var model = declarations.Combine(target)
            .Select(static (pair, _) => Parser.BuildModel(pair.Left, pair.Right))
            .WithTrackingName(ModelStep);

        context.RegisterSourceOutput(model, static (output, model) =>
        {
            if (model is not null)
                output.AddSource("EmilySovereign.FeatureFlags.g.cs", Emitter.Emit(model));
        });
    }
}
