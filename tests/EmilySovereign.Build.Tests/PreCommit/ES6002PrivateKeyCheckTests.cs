using System.Linq;
using EmilySovereign.Build.PreCommit.Checks;
using EmilySovereign.Build.PreCommit.Checks.Secrets;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6002: private keys in staged files.</summary>
public sealed class ES6002PrivateKeyCheckTests
{
    private const string Advice = ": never commit private keys; remove it, rotate the key, and load it from a secret store";

    // Split so that this file holds no private-key header itself.
    private const string KeyWords = "PRIV" + "ATE KEY";

    [Theory]
    [InlineData("RSA ")]
    [InlineData("")]
    [InlineData("EC ")]
    [InlineData("OPENSSH ")]
    [InlineData("ENCRYPTED ")]
    public void Pem_block_is_reported_at_its_header(string kind)
    {
        using var repo = new StagedRepository();
        repo.Stage("keys/id.pem", "# deploy key\n" + Planted.PemPrivateKey(kind));

        FindingAssert.Exactly(repo.Check(), "keys/id.pem(2,6): ES6002");
    }

    [Theory]
    [InlineData("BEGIN RSA {key}\n{material}\n", 1, 1, "private key block")]
    [InlineData("{key}s are rotated yearly.\n-----BEGIN RSA {key}-----\n{material}\n", 2, 6, "private key block")]
    [InlineData("PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n{material}\n", 1, 1, "PuTTY private key file")]
    [InlineData("# backup\nPuTTY-User-Key-File-3: ssh-ed25519\n", 2, 1, "PuTTY private key file")]
    [InlineData("Open it with PuTTY-User-Key-File-2 support:\nPuTTY-User-Key-File-3: ssh-rsa\n", 2, 1, "PuTTY private key file")]
    public void Key_is_reported_at_its_header_with_the_advice(string template, int line, int column, string what)
    {
        var text = template.Replace("{key}", KeyWords).Replace("{material}", Planted.Random(Planted.Base64, 64, 12));

        var findings = SingleCheck.Run(new PrivateKeyCheck(SecretAllowList.Empty), "id.key", text);

        FindingAssert.Exactly(findings, $"id.key({line},{column}): ES6002");
        Assert.Equal(what + Advice, findings.Single().Message);
    }

    [Fact]
    public void Putty_header_in_the_middle_of_a_line_is_not_a_key_file()
    {
        var findings = SingleCheck.Run(new PrivateKeyCheck(SecretAllowList.Empty), "README.md", "Keys saved as PuTTY-User-Key-File-3 files are converted first.\n");

        Assert.Empty(findings);
    }

    // Key material is a run of at least 40 base64 characters (or '=') within 400 bytes after the header.
    [Theory]
    [InlineData("-----\n", 40, true)]
    [InlineData("-----\n", 39, false)]
    [InlineData("-----\nKKKKKKKKKKKKKKKKKKKK ", 20, false)]
    [InlineData("-----\\n", 39, false)] // the 'n' of a literal \n stands for a line break, it is not material
    [InlineData("-----\\", 40, true)] // after any other backslash the run starts at the next character
    [InlineData("n", 39, true)] // material straight after the header, without dashes
    public void Header_counts_only_with_a_long_enough_base64_run_after_it(string afterHeader, int run, bool reported)
    {
        var text = "-----BEGIN RSA " + KeyWords + afterHeader + new string('K', run) + "\n";

        var findings = SingleCheck.Run(new PrivateKeyCheck(SecretAllowList.Empty), "id.pem", text);

        FindingAssert.Exactly(findings, reported ? new[] { "id.pem(1,6): ES6002" } : System.Array.Empty<string>());
    }

    [Theory]
    [InlineData("fixtures/keys/id.pem", false)]
    [InlineData("keys/id.pem", true)]
    public void Paths_on_the_allow_list_are_not_scanned(string path, bool reported)
    {
        var check = new PrivateKeyCheck(SecretAllowList.Parse("path: fixtures/**\n"));

        var findings = SingleCheck.Run(check, path, Planted.PemPrivateKey());

        FindingAssert.Exactly(findings, reported ? new[] { path + "(1,6): ES6002" } : System.Array.Empty<string>());
    }

    [Fact]
    public void Key_escaped_inside_json_is_reported()
    {
        using var repo = new StagedRepository();
        var pem = Planted.PemPrivateKey().Replace("\n", "\\n");
        repo.Stage("appsettings.json", "{\n  \"key\": \"" + pem + "\"\n}\n");

        FindingAssert.Exactly(repo.Check(), "appsettings.json(2,16): ES6002");
    }

    [Fact]
    public void Header_without_key_material_is_not_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("Pem.cs", "const string Header = \"-----BEGIN " + "PRIV" + "ATE KEY-----\";\nreturn Parse(text);\n");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Pragma_on_the_header_line_allows_the_key()
    {
        using var repo = new StagedRepository();
        var pem = Planted.PemPrivateKey();
        repo.Stage("fixture.pem", pem.Replace("KEY-----\n", "KEY----- pragma: allowlist secret\n"));

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Switched_off_nothing_is_reported()
    {
        using var repo = new StagedRepository();
        repo.Stage("id.pem", Planted.PemPrivateKey());
        var options = new PreCommitOptions();
        options.Disable("ES6002");

        Assert.Empty(repo.Check(options));
    }
}
