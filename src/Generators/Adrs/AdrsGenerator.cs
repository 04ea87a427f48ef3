using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Generators.Adrs;

/// <summary>
/// Generates <c>Adrs.All</c> and <c>Adrs.Get(number)</c> from the ADR files among the AdditionalFiles. Each file is
/// parsed in its own step, so editing C# code (or one ADR) re-parses nothing (or only that file).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class AdrsGenerator : IIncrementalGenerator
{
    internal const string FilesStep = "AdrFiles";
    internal const string TargetStep = "AdrTarget";
    internal const string ModelStep = "AdrsModel";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var adrs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => Parser.ParseFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(FilesStep)
            .Where(static adr => adr is not null)
            .Collect();

        // The compilation is looked at only when there are ADR files: a project without them pays for no type lookup
        // on each compilation (ADR 0043).
        var target = adrs
            .Select(static (files, _) => !files.IsDefaultOrEmpty)
            .Combine(context.CompilationProvider)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left.Left ? Parser.ReadTarget(pair.Left.Right, pair.Right) : null)
            .WithTrackingName(TargetStep);

        var model = adrs.Combine(target)
            .Select(static (pair, _) => Parser.BuildModel(pair.Left!, pair.Right))
            .WithTrackingName(ModelStep);

        context.RegisterSourceOutput(model, static (output, model) =>
        {
            if (model is not null)
                output.AddSource("EmilySovereign.Adrs.g.cs", Emitter.Emit(model));
        });
    }
}
