using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmilySovereign.Analyzers.Layers;

/// <summary>The .editorconfig switches of the layer rules, read once per syntax tree.</summary>
internal sealed class LayerOptions
{
    public const string CheckNameofKey = "emily_sovereign.layers.check_nameof";
    public const string CheckGeneratedCodeKey = "emily_sovereign.layers.check_generated_code";

    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, TreeOptions> _byTree = new();
    private readonly Func<SyntaxTree, TreeOptions> _read;

    public LayerOptions(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
        _read = Read;
    }

    public TreeOptions For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _read);

    private TreeOptions Read(SyntaxTree tree)
    {
        var options = _provider.GetOptions(tree);
        return new TreeOptions(IsTrue(options, CheckNameofKey), IsTrue(options, CheckGeneratedCodeKey));
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="CheckNameof"><c>nameof(Forbidden)</c> creates no run-time dependency, so it is allowed unless opted in.</param>
    internal sealed record TreeOptions(bool CheckNameof, bool CheckGeneratedCode);
}
