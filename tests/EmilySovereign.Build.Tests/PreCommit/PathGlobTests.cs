using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using EmilySovereign.Build.PreCommit.Checks.Secrets;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>The allow-list path patterns (<c>path:</c> lines of .secrets-allowlist): glob meaning, linear cost.</summary>
public sealed class PathGlobTests
{
    private static readonly Gen<string> Pattern =
        Gen.OneOf(Gen.Const("a"), Gen.Const("b"), Gen.Const("/"), Gen.Const("*"), Gen.Const("?"), Gen.Const("**"), Gen.Const("**/"))
            .Array[1, 6].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Path = Gen.String[Gen.Char["ab/"], 0, 10];

    [Theory]
    [InlineData("*.pem", "certs/dev/server.pem", true)]
    [InlineData("*.pem", "server.pem.txt", false)]
    [InlineData("tests/**/fixtures/*.json", "tests/fixtures/a.json", true)]
    [InlineData("tests/**/fixtures/*.json", "tests/x/y/fixtures/a.json", true)]
    [InlineData("tests/**/fixtures/*.json", "tests/x/fixtures/sub/a.json", false)]
    [InlineData("docs/*", "docs/a/b.md", false)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("/src/?.cs", "src/a.cs", true)]
    [InlineData("src/?.cs", "src/ab.cs", false)]
    public void Patterns_match_as_documented(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new PathGlob(pattern).IsMatch(path));

    [Fact]
    public void Every_pattern_agrees_with_its_regular_expression() =>
        Gen.Select(Pattern, Path).Sample((pattern, path) =>
        {
            var subject = pattern.Contains('/') ? path : path[(path.LastIndexOf('/') + 1)..];
            Assert.Equal(Regex.IsMatch(subject, ToRegex(pattern.TrimStart('/'))), new PathGlob(pattern).IsMatch(path));
        }, iter: 5000);

    [Theory]
    [InlineData("ab", "ab", true, 10)] // closing the start states, then per character a visit and a closing per token
    [InlineData("b", "aaaaaaaaaa", false, 2)] // no state left after the first character: the rest is not read
    public void A_step_is_one_state_visited(string pattern, string path, bool matches, long expected)
    {
        Assert.Equal(matches, new PathGlob(pattern).IsMatch(path, out var steps));
        Assert.Equal(expected, steps);
    }

    [Fact]
    public void Hostile_pattern_on_a_long_path_costs_pattern_times_path_steps()
    {
        var glob = new PathGlob("*a*a*a*a*a*b");
        var path = new string('a', 10_000);

        Assert.False(glob.IsMatch(path, out var steps));
        Assert.True(glob.IsMatch(path + "b", out _));
        Assert.InRange(steps, path.Length, LinearBound(12, path.Length));
    }

    [Fact]
    public void Linear_bound_fails_for_a_backtracking_matcher()
    {
        // The bound above would catch a return to backtracking: on only 60 characters that needs millions of steps.
        var steps = 0L;
        Assert.False(Backtrack("*a*a*a*a*a*b", 0, new string('a', 60), 0, ref steps));

        Assert.True(steps > LinearBound(12, 60), $"{steps} steps");
    }

    // Two visits per token and character: one reading it, one following the moves that read nothing.
    private static long LinearBound(int tokens, int length) => 2L * tokens * (length + 1);

    // The recursive matcher PathGlob used to be, reduced to '*' and literals, counting its calls.
    private static bool Backtrack(string pattern, int p, string text, int t, ref long steps)
    {
        steps++;
        if (p == pattern.Length)
            return t == text.Length;
        if (pattern[p] != '*')
            return t < text.Length && text[t] == pattern[p] && Backtrack(pattern, p + 1, text, t + 1, ref steps);
        for (var i = t; i <= text.Length; i++)
        {
            if (Backtrack(pattern, p + 1, text, i, ref steps))
                return true;
        }

        return false;
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var p = 0; p < pattern.Length; p++)
        {
            if (pattern[p] == '*' && p + 1 < pattern.Length && pattern[p + 1] == '*')
            {
                p++;
                var slash = p + 1 < pattern.Length && pattern[p + 1] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                p += slash ? 1 : 0;
            }
            else
            {
                regex.Append(pattern[p] switch { '*' => "[^/]*", '?' => "[^/]", var c => Regex.Escape(c.ToString()) });
            }
        }

        return regex.Append('$').ToString();
    }
}
