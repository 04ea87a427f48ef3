using System;

namespace EmilySovereign;

/// <summary>
/// Places the assembly or type it marks in the architecture layer <see cref="Name"/>, a layer declared in
/// <c>architecture.json</c>. It wins over the namespace patterns of that file.
/// </summary>
/// <remarks>
/// A type's layer is its own <c>[Layer]</c>, else its containing type's, else its assembly's <c>[Layer]</c>, else the
/// first layer whose namespace pattern matches, else no layer. ES1001 reports a use that the file forbids; ES1003 a
/// name that the file does not declare.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct |
    AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Delegate,
    AllowMultiple = false, Inherited = false)]
public sealed class LayerAttribute : Attribute
{
    /// <summary>Places the marked code in the layer <paramref name="name"/>.</summary>
    /// <param name="name">A layer name declared in <c>architecture.json</c>.</param>
    public LayerAttribute(string name) => Name = name;

    /// <summary>The layer's name.</summary>
    public string Name { get; }
}
