using System;
using System.Collections.Generic;
using System.IO;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.Git;

namespace EmilySovereign.Build.Doctor;

/// <summary>
/// core.autocrlf against .gitattributes: with a <c>* text</c> rule that names an <c>eol</c>, the repository decides
/// and autocrlf does not matter; without one, each machine's autocrlf decides what lands in the commit.
/// </summary>
internal static class LineEndingAdvice
{
    public static void Check(string workingDirectory, bool isWindows, List<DoctorFinding> findings)
    {
        var top = GitCommand.Run(workingDirectory, "rev-parse", "--show-toplevel");
        if (!top.Succeeded)
            return;
        var attributes = Path.Combine(top.Output.Trim(), ".gitattributes");
        var autocrlf = GitCommand.Run(workingDirectory, "config", "--get", "core.autocrlf").Output.Trim().ToLowerInvariant();
        var rule = ReadStarRule(attributes);
        var shown = autocrlf.Length == 0 ? "unset" : autocrlf;
        if (rule is null)
        {
            findings.Add(new DoctorFinding(
                BuildRules.LineEndingSetup,
                attributes,
                $".gitattributes has no '* text' rule, so line endings depend on each machine's core.autocrlf (here: {shown}); " +
                "run: echo '* text=auto eol=lf' >> .gitattributes"));
            return;
        }

        // A rule that turns conversion off (-text, binary) or names an eol leaves nothing to autocrlf.
        if (!SetsText(rule) || rule.IndexOf("eol=", StringComparison.Ordinal) >= 0)
            return;
        if (!isWindows && autocrlf == "true")
        {
            findings.Add(new DoctorFinding(
                BuildRules.LineEndingSetup,
                attributes,
                $".gitattributes normalizes line endings ('{rule}') but core.autocrlf=true checks files out with CRLF on this machine; run: git config core.autocrlf input"));
        }
    }

    /// <summary>The attributes of the last <c>*</c> pattern that sets or unsets text, else null.</summary>
    private static string? ReadStarRule(string path)
    {
        if (!File.Exists(path))
            return null;
        string? found = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("* ", StringComparison.Ordinal) && Array.Exists(Attributes(line.Substring(2)), IsTextAttribute))
                found = line.Substring(2).Trim();
        }

        return found;
    }

    private static string[] Attributes(string rule) => rule.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTextAttribute(string attribute) =>
        attribute is "text" or "-text" or "!text" or "binary" || attribute.StartsWith("text=", StringComparison.Ordinal);

    /// <summary>Whether the rule's last word on text sets it (<c>text</c>, <c>text=auto</c>) rather than unsets it.</summary>
    private static bool SetsText(string rule) => Array.FindLast(Attributes(rule), IsTextAttribute) is not ("-text" or "!text" or "binary");
}
