using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace EmilySovereign.Testing;

/// <summary>One <c>file(line,col): severity ID: message</c> line of MSBuild or tool output.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    // MSBuild prints "file(line,col): error ID: message [project]", sometimes with an end position "(l,c,l2,c2)".
    private static readonly Regex Pattern = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*?)(\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\))?[ \t]*:[ \t]+(?<sev>error|warning|info)[ \t]+(?<id>[A-Z]+\d+)[ \t]*:[ \t]*(?<msg>[^\r\n]*?)([ \t]+\[[^\]\r\n]+\])?[ \t]*\r?$",
        RegexOptions.Compiled | RegexOptions.Multiline);

    /// <summary>Every distinct diagnostic line in <paramref name="output"/>, in order of first appearance.</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        Pattern.Matches(output)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["sev"].Value,
                m.Groups["id"].Value,
                m.Groups["msg"].Value))
            .Distinct()
            .ToList();

    public string FileName => System.IO.Path.GetFileName(File);

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
