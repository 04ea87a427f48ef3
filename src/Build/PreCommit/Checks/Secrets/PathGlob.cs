using System.Collections.Generic;

namespace EmilySovereign.Build.PreCommit.Checks.Secrets;

/// <summary>
/// A path pattern over repository-relative paths: <c>**</c> crosses folders, <c>*</c> and <c>?</c> do not, <c>**/</c>
/// also matches no folder at all; a pattern without a slash matches the file name in any folder.
/// Matching runs the pattern as a set of states over the path, one pass, so its cost is (pattern length) × (path
/// length) whatever the pattern: no backtracking, so no pattern like <c>*a*a*a*b</c> can take exponential time.
/// </summary>
internal sealed class PathGlob
{
    private readonly Token[] _tokens;
    private readonly bool _nameOnly;

    public PathGlob(string pattern)
    {
        _tokens = Compile(pattern.TrimStart('/'));
        _nameOnly = pattern.IndexOf('/') < 0;
    }

    private enum Kind
    {
        Literal,    // one character, itself
        AnyChar,    // '?': one character but '/'
        Star,       // '*': any run of characters without '/'
        DoubleStar, // '**': any run of characters
        SkipTo,     // before '**/': may jump past it, since it also matches no folder
    }

    public bool IsMatch(string path) => IsMatch(path, out _);

    /// <summary>The match, and how many state visits it took (tests bound it to show the cost is linear).</summary>
    internal bool IsMatch(string path, out long steps)
    {
        var subject = _nameOnly ? path.Substring(path.LastIndexOf('/') + 1) : path;
        var count = _tokens.Length;
        var current = new bool[count + 1];
        var next = new bool[count + 1];
        current[0] = true;
        steps = Close(current);
        foreach (var c in subject)
        {
            System.Array.Clear(next, 0, next.Length);
            var alive = false;
            for (var i = 0; i < count; i++)
            {
                steps++;
                if (!current[i])
                    continue;
                var token = _tokens[i];
                switch (token.Kind)
                {
                    case Kind.Literal when c == token.Char:
                    case Kind.AnyChar when c != '/':
                        next[i + 1] = alive = true;
                        break;
                    case Kind.Star when c != '/':
                    case Kind.DoubleStar:
                        next[i] = alive = true;
                        break;
                }
            }

            if (!alive)
                return false;
            steps += Close(next);
            (current, next) = (next, current);
        }

        return current[count];
    }

    // Adds the states reachable without reading a character. Those moves only go forward, so one ascending pass does.
    private long Close(bool[] states)
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (!states[i])
                continue;
            var token = _tokens[i];
            if (token.Kind is Kind.Star or Kind.DoubleStar or Kind.SkipTo)
                states[i + 1] = true;
            if (token.Kind == Kind.SkipTo)
                states[token.Target] = true;
        }

        return _tokens.Length;
    }

    private static Token[] Compile(string pattern)
    {
        var tokens = new List<Token>();
        for (var p = 0; p < pattern.Length; p++)
        {
            var c = pattern[p];
            if (c == '?')
            {
                tokens.Add(new Token(Kind.AnyChar));
            }
            else if (c != '*')
            {
                tokens.Add(new Token(Kind.Literal, c));
            }
            else if (p + 1 < pattern.Length && pattern[p + 1] == '*')
            {
                p++;
                if (p + 1 < pattern.Length && pattern[p + 1] == '/')
                    tokens.Add(new Token(Kind.SkipTo, Target: tokens.Count + 3)); // past '**' and '/'
                tokens.Add(new Token(Kind.DoubleStar));
            }
            else
            {
                tokens.Add(new Token(Kind.Star));
            }
        }

        return tokens.ToArray();
    }

    private readonly record struct Token(Kind Kind, char Char = '\0', int Target = 0);
}
