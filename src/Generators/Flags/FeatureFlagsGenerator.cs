using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators.Flags;

/// <summary>
/// Generates <c>FeatureFlags</c> from the <c>[assembly: FeatureFlag]</c> declarations. Assembly attribute lists are
/// found by their syntax (target <c>assembly:</c>, an attribute named <c>FeatureFlag</c>) before anything is bound,
/// so an edit elsewhere binds nothing and leaves every step Cached or Unchanged. No declaration, no output.
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
            .CreateSyntaxProvider(
                static (node, _) => Parser.IsCandidate(node),
                static (syntax, cancellationToken) => Parser.ParseList(syntax, cancellationToken))
            .WithTrackingName(DeclarationsStep)
            .Collect();

        var target = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => Parser.ReadTarget(pair.Left, pair.Right))
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
