using System.Collections.Generic;
using System.Linq;
using EmilySovereign.Build.PreCommit.Checks.Secrets;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// ES6003: one planted secret per rule, in the kinds of files they leak from, at an exact position (the check alone, in
/// memory); the allow-list and pragma cases go through the engine and a real index.
/// </summary>
public sealed class ES6003SecretCorpusTests
{
    public static IEnumerable<object[]> PlantedSecrets() => new[]
    {
        // file, content prefix (before the secret), secret, rule description
        Case("deploy.sh", "export AWS_ACCESS_KEY_ID=", Planted.AwsAccessKeyId(), "AWS access key ID"),
        Case("src/Client.cs", "var key = \"", Planted.AwsAccessKeyId(21) + "\";", "AWS access key ID"),
        Case(".github/workflows/ci.yml", "        token: ", Planted.GitHubToken(), "GitHub token"),
        Case("notes.md", "fine-grained: ", Planted.GitHubFineGrained(), "GitHub fine-grained personal access token"),
        Case("scripts/release.ps1", "$env:GITLAB = '", Planted.GitLabToken() + "'", "GitLab token"),
        Case("config/slack.json", "{ \"bot\": \"", Planted.SlackToken() + "\" }", "Slack token"),
        Case("appsettings.json", "{ \"url\": \"https://", Planted.SlackWebhook().Substring(8) + "\" }", "Slack webhook URL"),
        Case("local.settings.json", "{ \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=", Planted.AzureKey() + "\" }", "Azure storage account key in a connection string"),
        Case("ServiceBus.cs", "const string Bus = \"Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=", Planted.Random(Planted.Base64, 43, 41) + "=\";", "Azure shared access key in a connection string"),
        Case("infra/storage.txt", "primary key: ", Planted.AzureKey(31), "Azure storage account key"),
        Case("web/index.html", "<script src=\"https://maps.example/js?key=", Planted.GoogleApiKey() + "\"></script>", "Google API key"),
        Case("tests/auth.http", "Authorization: Bearer ", Planted.Jwt(), "JSON Web Token"),
        Case("src/Db.cs", "var password = \"", Planted.HighEntropyValue() + "\";", "secret assigned to a password/secret/token-like name"),
        Case(".env", "CLIENT_SECRET=", Planted.HighEntropyValue(12), "secret assigned to a password/secret/token-like name"),
        Case("src/Conn.cs", "var cs = \"Server=db;User Id=sa;Password=", Planted.HighEntropyValue(13) + ";\";", "secret assigned to a password/secret/token-like name"),
    };

    private static object[] Case(string path, string prefix, string secret, string description) =>
        new object[] { path, prefix, secret, description };

    [Theory]
    [MemberData(nameof(PlantedSecrets))]
    public void Planted_secret_is_reported_with_its_rule_and_position(string path, string prefix, string secret, string description)
    {
        var finding = Assert.Single(SingleCheck.Run(new SecretCheck(SecretAllowList.Empty), path, "first line\n" + prefix + secret + "\n"));

        Assert.Equal((path, 2, prefix.Length + 1, "ES6003"), (finding.Path, finding.Line, finding.Column, finding.Rule.Id));
        Assert.StartsWith("possible " + description + " (", finding.Message);
    }

    [Fact]
    public void Every_table_rule_has_a_planted_case()
    {
        var planted = PlantedSecrets().Select(c => (string)c[3]).ToHashSet();

        Assert.All(SecretRules.All, rule => Assert.Contains(rule.Description, planted));
        Assert.Contains(GenericSecretRule.Description, planted);
    }

    public static IEnumerable<object[]> LookAlikes() => new[]
    {
        new object[] { "docs/aws.md", "Example key: AKIAIOSFODNN7" + "EXAMPLE\n" },
        new object[] { "src/A.cs", "var id = \"AKIA\" + suffix; // AKIA_PREFIX_NOT_A_KEY\n" },
        new object[] { "src/B.cs", "const string Prefix = \"ghp_\"; var ghp_count = 3;\n" },
        new object[] { "README.md", "Set SLACK_TOKEN=xoxb-your-token-here in your shell.\n" },
        new object[] { "src/C.cs", "string password = \"hunter22\";\nif (password == \"changeme\") return;\n" },
        new object[] { "src/D.cs", "token = cancellationToken;\nvar secret = GetSecret(name);\npassword: options.Password,\n" },
        new object[] { "appsettings.json", "{ \"Password\": \"${DB_PASSWORD}\", \"ApiKey\": \"<your-api-key>\" }\n" },
        new object[] { "src/E.cs", "if (a == b && c == d) { x = y == z; }\n" },
        new object[] { "docs/jwt.md", "A token looks like eyJhbGciOi.J9.x\n" },
        new object[] { "config.yaml", "password: correct horse battery staple\n" },
        new object[] { "packages.lock.json", "{ \"contentHash\": \"" + Planted.AzureKey(51) + "\" }\n" },
        new object[] { "obj/project.assets.json", "{ \"sha512\": \"" + Planted.AzureKey(52) + "\" }\n" },
        new object[] { "package-lock.json", "{ \"integrity\": \"sha512-" + Planted.AzureKey(53) + "\" }\n" },
        new object[] { "notes.txt", "random blob " + Planted.AzureKey(54) + "\n" },
        new object[] { "Dev.cs", "const string Dev = \"UseDevelopmentStorage=true;AccountKey=" + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw" + "==\";\n" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Look_alike_is_not_reported(string path, string content)
    {
        Assert.Empty(SingleCheck.Run(new SecretCheck(SecretAllowList.Empty), path, content));
    }

    [Fact]
    public void Inline_pragma_allows_the_line()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.sh", "export KEY=" + Planted.AwsAccessKeyId() + " # pragma: allowlist secret\n");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Next_line_pragma_allows_only_the_next_line()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.sh", "# pragma: allowlist nextline secret\nA=" + Planted.AwsAccessKeyId(1) + "\nB=" + Planted.AwsAccessKeyId(2) + "\n");

        FindingAssert.Exactly(repo.Check(), "a.sh(3,3): ES6003");
    }

    [Fact]
    public void Allow_list_fingerprint_from_the_index_allows_that_value_only()
    {
        using var repo = new StagedRepository();
        var allowed = Planted.GitHubToken(1);
        repo.Stage("a.txt", allowed + "\n" + Planted.GitHubToken(2) + "\n");
        var fingerprint = SecretAllowList.Fingerprint(System.Text.Encoding.UTF8.GetBytes(allowed));
        repo.Stage(".secrets-allowlist", "# test fixtures\nsha256:" + fingerprint + "\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(2,1): ES6003");
    }

    [Fact]
    public void Allow_list_path_skips_matching_files()
    {
        using var repo = new StagedRepository();
        repo.Stage("tests/fixtures/keys.txt", Planted.GitHubToken() + "\n");
        repo.Stage("src/keys.txt", Planted.GitHubToken() + "\n");
        repo.Stage(".secrets-allowlist", "path:tests/fixtures/**\n");

        FindingAssert.Exactly(repo.Check(), "src/keys.txt(1,1): ES6003");
    }

    [Fact]
    public void Allow_list_line_that_is_neither_form_is_reported_without_echoing_it()
    {
        using var repo = new StagedRepository();
        var pasted = Planted.HighEntropyValue(5);
        repo.Stage(".secrets-allowlist", "# ok\npath:a/**\n" + pasted + "\n");

        var finding = Assert.Single(repo.Check());

        Assert.Equal((".secrets-allowlist", 3, "ES6003"), (finding.Path, finding.Line, finding.Rule.Id));
        Assert.DoesNotContain(pasted, finding.Message);
    }

    [Fact]
    public void Allow_list_only_in_the_working_tree_does_not_count()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.txt", Planted.GitHubToken() + "\n");
        repo.Git.Write(".secrets-allowlist", "path:a.txt\n");

        FindingAssert.Exactly(repo.Check(), "a.txt(1,1): ES6003");
    }

    [Fact]
    public void Message_shows_only_a_prefix_of_the_secret()
    {
        using var repo = new StagedRepository();
        var token = Planted.GitHubToken();
        repo.Stage("a.txt", token + "\n");

        var finding = Assert.Single(repo.Check());

        Assert.DoesNotContain(token, finding.Message);
        Assert.Contains("'ghp_...'", finding.Message);
    }
}
