using System.Linq;
using System.Text;
using CsCheck;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>No input makes a check fail: random text rich in the anchors every check looks for.</summary>
public sealed class EngineRobustnessTests
{
    private static readonly string[] Pieces =
    {
        "<<<<<<< ", "=======", ">>>>>>>", "|||||||", "-----BEGIN ", "PRIVATE KEY", "PuTTY-User-Key-File-", "AKIA", "A3T",
        "ghp_", "github_pat_", "glpat-", "xoxb-", "hooks.slack.com/services/", "AccountKey=", "SharedAccessKey=", "==",
        "AIza", "eyJ", ".", "password", "secret=", "token:", "\"", "'", ";", " ", "\t", "\r", "\n", "\r\n", "\\n", "{",
        "}", "[", "]", ",", ":", "<a>", "</b>", "\0", "é", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "abcdefghij0123456789+/",
        "pragma: allowlist secret", "# ADR 1: x", "Status:", "## Status",
    };

    private static readonly string[] Paths =
    {
        "a.cs", "a.json", "a.csproj", "a.md", ".env", "config.yaml", "docs/adr/0001-x.md", "bin.dat",
    };

    [Fact]
    public void Random_content_never_makes_a_check_fail()
    {
        var engine = new PreCommitEngine(new PreCommitOptions());
        var content = Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])));
        Gen.Select(Gen.Int[0, Paths.Length - 1], content).Sample((path, text) =>
        {
            var file = StagedFile.FromBytes(Paths[path], Encoding.UTF8.GetBytes(text));

            var findings = engine.CheckFiles(new[] { file });

            Assert.DoesNotContain(findings, f => f.Rule.Id == "ES6090");
            Assert.All(findings, f => Assert.True(f.Line >= 1 && f.Column >= 1, f.ToString()));
        }, iter: 3000);
    }
}
