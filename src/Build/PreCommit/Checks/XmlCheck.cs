using System;
using System.IO;
using System.Xml;
using EmilySovereign.Build.Diagnostics;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.PreCommit.Checks;

/// <summary>ES6009: a staged XML file (project files, .resx, .xml, ...) that is not well-formed.</summary>
internal sealed class XmlCheck : IStagedFileCheck
{
    private static readonly string[] Extensions =
    {
        ".xml", ".csproj", ".fsproj", ".vbproj", ".proj", ".props", ".targets", ".resx", ".nuspec",
    };

    public BuildRule Rule => BuildRules.InvalidXml;

    public void Check(FileScan scan)
    {
        if (Array.IndexOf(Extensions, scan.File.Extension) < 0 || !scan.File.IsText)
            return;
        var settings = new XmlReaderSettings
        {
            // Never fetch or expand DTDs: well-formedness is all we check, and it must not reach the network.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(scan.File.Content, writable: false), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            scan.ReportAt(Rule, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), "invalid XML: " + TrimPosition(e.Message));
        }
    }

    // XmlException repeats "Line 3, position 7." in its message; the location already says it.
    private static string TrimPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }
}
