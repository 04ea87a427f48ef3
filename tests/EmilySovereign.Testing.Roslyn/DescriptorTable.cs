using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EmilySovereign.Testing.Roslyn;

/// <summary>The descriptors of a project's one descriptor table, read from its static fields.</summary>
public static class DescriptorTable
{
    public static IReadOnlyList<DiagnosticDescriptor> Of(Type table) =>
        table.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
}
