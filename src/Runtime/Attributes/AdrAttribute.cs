using System;

namespace EmilySovereign;

/// <summary>
/// Says that the code it marks carries out architecture decision record <see cref="Number"/>, a file
/// <c>NNNN-title.md</c> in the project's <c>docs/adr</c> folder. ES5001 reports a number with no ADR, ES5002 one
/// that is superseded or deprecated.
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class AdrAttribute : Attribute
{
    /// <summary>Links the marked code to ADR <paramref name="number"/>.</summary>
    /// <param name="number">The ADR's number.</param>
    public AdrAttribute(int number) => Number = number;

    /// <summary>The ADR's number.</summary>
    public int Number { get; }
}
