namespace EmilySovereign.Adrs;

/// <summary>ADR files are named <c>NNNN-title.md</c> (four or more digits, a dash, anything, <c>.md</c>).</summary>
internal static class AdrFileName
{
    /// <summary>The AdditionalFiles metadata that marks ADR files (set by the package's targets).</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.EmilySovereignKind";

    /// <summary>
    /// Whether a compiler input is an ADR file: marked <c>EmilySovereignKind=Adr</c>, or, when it carries no kind at all
    /// (a project that adds the files itself), in a <c>docs/adr</c> folder; and named <c>NNNN-title.md</c>.
    /// </summary>
    public static bool IsAdrInput(string path, string? kind)
    {
        var marked = string.IsNullOrEmpty(kind)
            ? path.Replace('\\', '/').IndexOf("docs/adr/", System.StringComparison.OrdinalIgnoreCase) >= 0
            : string.Equals(kind, "Adr", System.StringComparison.OrdinalIgnoreCase);
        return marked && TryGetNumber(path, out _);
    }

    /// <summary>The number a file name gives, or false when the file is not an ADR file.</summary>
    public static bool TryGetNumber(string path, out int number)
    {
        number = 0;
        var name = FileNameOf(path);
        if (!name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
            return false;

        var digits = 0;
        while (digits < name.Length && name[digits] >= '0' && name[digits] <= '9')
            digits++;
        if (digits < 4 || digits > 9 || digits >= name.Length || name[digits] != '-')
            return false;

        number = int.Parse(name.Substring(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The file name of a path with either kind of separator, without touching the file system.</summary>
    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    /// <summary><c>Use HDC fallback</c> → <c>0009-use-hdc-fallback.md</c>: lower case, runs of other characters become one dash.</summary>
    public static string For(int number, string title)
    {
        var slug = new System.Text.StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                slug.Append(c);
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                slug.Append('-');
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > 60)
            text = text.Substring(0, 60).TrimEnd('-');
        return number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + (text.Length == 0 ? "decision" : text) + ".md";
    }
}
