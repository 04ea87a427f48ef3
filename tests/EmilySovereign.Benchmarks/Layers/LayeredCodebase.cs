using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EmilySovereign.Benchmarks.Layers;

/// <summary>
/// A generated codebase with dense cross-layer use: types spread over four layers, each using types of every layer
/// in fields, signatures, <c>new</c> and calls, so a large share of names crosses a boundary and about half are forbidden.
/// Deterministic (fixed seed), so runs compare.
/// </summary>
public static class LayeredCodebase
{
    public const string Architecture = """
        {
          "layers": {
            "Instinct":      { "namespaces": ["Emily.Instinct.*"], "mayUse": ["NervousSystem"] },
            "Cognition":     { "namespaces": ["Emily.Cognition.*"], "mayUse": ["Instinct", "NervousSystem"] },
            "NervousSystem": { "namespaces": ["Emily.NervousSystem.*"], "mayUse": [] },
            "Mind":          { "namespaces": ["Emily.Mind.*"], "mayUse": ["Cognition"] }
          }
        }
        """;

    /// <summary>
    /// The same layers, where each may use the other three: every name is still bound and checked (a fifth, empty
    /// layer keeps them constrained), but nothing is forbidden, as in a codebase that keeps its rules.
    /// </summary>
    public const string CleanArchitecture = """
        {
          "layers": {
            "Instinct":      { "namespaces": ["Emily.Instinct.*"], "mayUse": ["Cognition", "NervousSystem", "Mind"] },
            "Cognition":     { "namespaces": ["Emily.Cognition.*"], "mayUse": ["Instinct", "NervousSystem", "Mind"] },
            "NervousSystem": { "namespaces": ["Emily.NervousSystem.*"], "mayUse": ["Instinct", "Cognition", "Mind"] },
            "Mind":          { "namespaces": ["Emily.Mind.*"], "mayUse": ["Instinct", "Cognition", "NervousSystem"] },
            "Unused":        { "namespaces": ["Emily.Unused.*"], "mayUse": [] }
          }
        }
        """;

    private static readonly string[] Layers = { "Instinct", "Cognition", "NervousSystem", "Mind" };

    // Which layers (by index into Layers) each layer may use under Architecture, itself included.
    private static readonly int[][] Allowed = { new[] { 0, 2 }, new[] { 1, 0, 2 }, new[] { 2 }, new[] { 3, 1 } };

    /// <summary>
    /// One source file per 50 types; <paramref name="typeCount"/> types in all. With <paramref name="keepRules"/> each
    /// type uses only types of layers that <see cref="Architecture"/> allows it, as in a codebase that builds: the
    /// member names (<c>Get</c>, <c>Value</c>) still occur in every layer.
    /// </summary>
    /// <param name="decorate">
    /// Optional attribute lists to put on each type and members to add to it, by type number: the scale codebase puts
    /// every feature's syntax into the same types (<see cref="Scale.ScaleCodebase"/>).
    /// </param>
    public static IReadOnlyList<string> Sources(int typeCount, bool keepRules = false, int usesPerType = 6, Func<int, (string Attributes, string Members)>? decorate = null)
    {
        var random = new Random(20261125);
        var files = new List<string>();
        var file = new StringBuilder();
        for (var t = 0; t < typeCount; t++)
        {
            var (attributes, members) = decorate?.Invoke(t) ?? (string.Empty, string.Empty);
            file.Append("namespace ").Append(Namespace(t)).Append("\n{\n    ").Append(attributes).Append("public class T").Append(t).Append("\n    {\n");
            file.Append("        public int Value;\n        public int Get() => Value;\n").Append(members);
            for (var u = 0; u < usesPerType; u++)
            {
                var used = random.Next(typeCount);
                while (keepRules && Array.IndexOf(Allowed[t % Layers.Length], used % Layers.Length) < 0)
                {
                    used = random.Next(typeCount);
                }

                var name = $"global::{Namespace(used)}.T{used}";
                file.Append("        public ").Append(name).Append("? F").Append(u).Append(";\n");
                file.Append("        public int M").Append(u).Append('(').Append(name).Append(" p) { var x = new ").Append(name)
                    .Append("(); return x.Get() + p.Value + (F").Append(u).Append("?.Get() ?? 0); }\n");
            }

            file.Append("    }\n}\n");
            if (t % 50 == 49 || t == typeCount - 1)
            {
                files.Add(file.ToString());
                file.Clear();
            }
        }

        return files;
    }

    /// <summary>
    /// Writes <see cref="Sources"/> as File0.cs, File1.cs, ... and the architecture.json of <paramref name="rules"/>
    /// (Dense, Kept: <see cref="Architecture"/>, Kept with code that keeps it; Clean: <see cref="CleanArchitecture"/>)
    /// into <paramref name="folder"/>, for the scripts that build the codebase with the real compiler.
    /// </summary>
    public static void Write(string folder, int typeCount, string rules)
    {
        Directory.CreateDirectory(folder);
        var sources = Sources(typeCount, keepRules: rules == "Kept");
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"File{i}.cs"), sources[i]);
        }

        File.WriteAllText(Path.Combine(folder, "architecture.json"), rules == "Clean" ? CleanArchitecture : Architecture);
    }

    private static string Namespace(int type) => $"Emily.{Layers[type % Layers.Length]}.Part{type % 7}";
}
