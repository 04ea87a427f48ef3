using System.Collections.Generic;
using EmilySovereign.Json;

namespace EmilySovereign.Architecture;

/// <summary>A name written in the file (a layer key or a <c>mayUse</c> entry) and where it was written.</summary>
internal readonly record struct LayerNameRef(string Name, JsonSpan Span);

/// <summary>One declared layer: its namespace patterns, in file order, and the layers it may use.</summary>
internal sealed record LayerDeclaration(LayerNameRef Name, IReadOnlyList<NamespacePattern> Namespaces, IReadOnlyList<LayerNameRef> MayUse);

internal enum ArchitectureProblemKind
{
    /// <summary>ES1002: not JSON, or not the shape of an architecture file.</summary>
    Malformed,

    /// <summary>ES1003: a <c>mayUse</c> entry names a layer the file does not declare.</summary>
    UnknownLayer,

    /// <summary>ES1004: the <c>mayUse</c> relation has a cycle.</summary>
    Cycle,
}

/// <summary>Something wrong with the file, with the span inside it to underline.</summary>
internal sealed record ArchitectureProblem(ArchitectureProblemKind Kind, string Message, JsonSpan Span);

/// <summary>
/// The parsed architecture file. When <see cref="IsMalformed"/> the layers are unusable and consumers stay quiet
/// apart from reporting the one problem.
/// </summary>
internal sealed class ArchitectureFile
{
    public ArchitectureFile(IReadOnlyList<LayerDeclaration> layers, IReadOnlyList<ArchitectureProblem> problems)
    {
        Layers = layers;
        Problems = problems;
        foreach (var problem in problems)
        {
            IsMalformed |= problem.Kind == ArchitectureProblemKind.Malformed;
        }
    }

    public IReadOnlyList<LayerDeclaration> Layers { get; }

    public IReadOnlyList<ArchitectureProblem> Problems { get; }

    public bool IsMalformed { get; }
}
