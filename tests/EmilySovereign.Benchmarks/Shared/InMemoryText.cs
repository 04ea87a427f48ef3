using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Benchmarks.Shared;

/// <summary>
/// An additional file held in memory. The tests' InMemoryAdditionalText is not referenced here: the benchmarks build
/// against a newer Roslyn than the test library.
/// </summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
