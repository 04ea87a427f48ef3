using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6002: private keys in staged files.</summary>
public sealed class ES6002PrivateKeyCheckTests
{
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
