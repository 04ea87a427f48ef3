namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// A path pattern over repository-relative paths: <c>**</c> crosses folders, <c>*</c> and <c>?</c> do not; a
/// pattern without a slash matches the file name in any folder.
/// </summary>
internal sealed class PathGlob
{
    private readonly string _pattern;
    private readonly bool _nameOnly;

    public PathGlob(string pattern)
    {
        _pattern = pattern.TrimStart('/');
        _nameOnly = pattern.IndexOf('/') < 0;
    }

    public bool IsMatch(string path)
    {
        var subject = _nameOnly ? path.Substring(path.LastIndexOf('/') + 1) : path;
        return Match(_pattern, 0, subject, 0);
    }

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                var crossesFolders = p + 1 < pattern.Length && pattern[p + 1] == '*';
                var rest = p + (crossesFolders ? 2 : 1);
                if (crossesFolders && rest < pattern.Length && pattern[rest] == '/')
                {
                    // "**/" also matches no folder at all.
                    if (Match(pattern, rest + 1, text, t))
                        return true;
                }

                for (var i = t; i <= text.Length; i++)
                {
                    if (Match(pattern, rest, text, i))
                        return true;
                    if (i < text.Length && text[i] == '/' && !crossesFolders)
                        return false;
                }

                return false;
            }

            if (t >= text.Length || (c == '?' ? text[t] == '/' : c != text[t]))
                return false;
            p++;
            t++;
        }

        return t == text.Length;
    }
}
