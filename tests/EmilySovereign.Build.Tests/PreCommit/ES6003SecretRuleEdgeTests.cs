using System.Collections.Generic;
using System.Text;
using EmilySovereign.Build.PreCommit.Checks.Secrets;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// ES6003 at each edge of each rule: the shortest token a rule takes and one character less, the characters a body
/// may hold and its neighbours, what may stand before and after a token. A finding's fingerprint is the SHA-256 of
/// exactly the value found, so it pins where the value starts and ends. Contents are one line; '|' stands for a
/// line break.
/// </summary>
public sealed class ES6003SecretRuleEdgeTests
{
    private const string AwsBody = "ABCDEFGHIJKLMNOP"; // 16 characters of the key alphabet (A-Z, 2-7)
    private const string AwsKey = "AK" + "IA" + AwsBody;

    private static IReadOnlyList<Finding> Check(string text, string path = "a.txt", SecretAllowList? allowList = null) =>
        SingleCheck.Run(new SecretCheck(allowList ?? SecretAllowList.Empty), path, text.Replace('|', '\n'));

    /// <summary>Asserts one finding, at the first occurrence of <paramref name="secret"/> and with its fingerprint.</summary>
    private static void AssertFound(string text, string secret, string path = "a.txt")
    {
        var finding = Assert.Single(Check(text, path));
        var before = text.Substring(0, text.IndexOf(secret, System.StringComparison.Ordinal));
        var line = before.Split('|').Length;
        var column = before.Length - before.LastIndexOf('|');
        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Contains("sha256:" + SecretAllowList.Fingerprint(Encoding.UTF8.GetBytes(secret)) + ")", finding.Message);
    }

    private static void AssertFoundIf(bool found, string text, string secret, string path = "a.txt")
    {
        if (found)
            AssertFound(text, secret, path);
        else
            Assert.Empty(Check(text, path));
    }

    // Each anchor of the prefixed rules, at the shortest body the rule takes and one character shorter.
    [Theory]
    [InlineData("gh", "p_", Planted.Alnum, 36)]
    [InlineData("gh", "o_", Planted.Alnum, 36)]
    [InlineData("gh", "u_", Planted.Alnum, 36)]
    [InlineData("gh", "s_", Planted.Alnum, 36)]
    [InlineData("gh", "r_", Planted.Alnum, 36)]
    [InlineData("github", "_pat_", Planted.Alnum + "_", 82)]
    [InlineData("gl", "pat-", Planted.Base64Url, 20)]
    [InlineData("gl", "dt-", Planted.Base64Url, 20)]
    [InlineData("gl", "rt-", Planted.Base64Url, 20)]
    [InlineData("gl", "ptt-", Planted.Base64Url, 20)]
    [InlineData("xo", "xb-", "0123456789-", 20)]
    [InlineData("xo", "xp-", "0123456789-", 20)]
    [InlineData("xo", "xa-", "0123456789-", 20)]
    [InlineData("xo", "xr-", "0123456789-", 20)]
    [InlineData("xo", "xs-", "0123456789-", 20)]
    [InlineData("xo", "xe-", "0123456789-", 20)]
    [InlineData("hooks.slack", ".com/services/", Planted.Base64, 43)]
    [InlineData("hooks.slack", ".com/workflows/", Planted.Base64, 43)]
    [InlineData("hooks.slack", ".com/triggers/", Planted.Base64, 43)]
    [InlineData("AI", "za", Planted.Base64Url, 35)]
    public void Prefixed_token_counts_from_its_minimum_length(string anchorHead, string anchorTail, string alphabet, int minimum)
    {
        // A Slack token's body starts with a digit.
        var body = "1" + Planted.Random(alphabet, minimum, 3);
        var token = anchorHead + anchorTail + body.Substring(0, minimum);
        var shorter = anchorHead + anchorTail + body.Substring(0, minimum - 1);

        AssertFound("x " + token, token);
        Assert.Empty(Check("x " + shorter));
    }

    [Theory]
    [InlineData("Account", "Key=", 80)]
    [InlineData("SharedAccess", "Key=", 40)]
    public void Connection_string_key_is_the_value_after_its_name(string nameHead, string nameTail, int minimum)
    {
        var value = Planted.Random(Planted.Base64, minimum - 1, 4);

        AssertFound("x " + nameHead + nameTail + value + "= y", value + "=");
        Assert.Empty(Check("x " + nameHead + nameTail + value + " y"));
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("x", "", false)] // inside a word
    [InlineData("_", "", false)]
    [InlineData("-", "", true)]
    [InlineData("", "_", true)]
    public void Github_token_stands_alone(string before, string after, bool found)
    {
        var token = Planted.GitHubToken();

        AssertFoundIf(found, before + token + after, token);
    }

    [Theory]
    [InlineData("AK", "IA")]
    [InlineData("AS", "IA")]
    [InlineData("AB", "IA")]
    [InlineData("AC", "CA")]
    public void Aws_key_id_is_found_after_each_prefix(string head, string tail)
    {
        var key = head + tail + AwsBody;

        AssertFound("id=" + key, key);
    }

    [Theory]
    [InlineData('A', true)]
    [InlineData('Z', true)]
    [InlineData('2', true)]
    [InlineData('7', true)]
    [InlineData('[', false)]
    [InlineData('@', false)]
    [InlineData('1', false)]
    [InlineData('8', false)]
    [InlineData('a', false)]
    public void Aws_key_id_body_holds_only_the_key_alphabet(char c, bool found)
    {
        var key = "AK" + "IA" + AwsBody.Substring(0, 15) + c;

        AssertFoundIf(found, key + " ", key);
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("x", "", false)]
    [InlineData("_", "", false)]
    [InlineData("", "_", true)]
    [InlineData("", "x", false)]
    [InlineData("", "9", false)]
    public void Aws_key_id_stands_alone(string before, string after, bool found) =>
        AssertFoundIf(found, before + AwsKey + after, AwsKey);

    [Fact]
    public void Aws_key_id_cut_short_by_the_end_of_the_file_is_not_a_key() =>
        Assert.Empty(Check("AK" + "IA" + AwsBody.Substring(1)));

    [Theory]
    [InlineData("B", true)]
    [InlineData("9", true)]
    [InlineData("0", true)]
    [InlineData("b", false)]
    public void Aws_three_letter_prefix_takes_a_capital_or_digit_after_it(string fourth, bool found)
    {
        var key = "A3" + "T" + fourth + AwsBody;

        AssertFoundIf(found, key + " ", key);
    }

    [Fact]
    public void Aws_three_letter_prefix_at_the_end_of_the_file_is_not_a_key() => Assert.Empty(Check("x A3" + "T"));

    [Fact]
    public void Aws_documentation_key_is_not_reported() =>
        Assert.Empty(Check("AK" + "IA" + "ABCDEFGHI" + "EXAMPLE"));

    [Theory]
    [InlineData('0', true)]
    [InlineData('9', true)]
    [InlineData('a', false)]
    [InlineData('-', false)]
    public void Slack_token_body_starts_with_a_digit(char first, bool found)
    {
        var token = "xo" + "xb-" + first + "23456789012-abcdefghij";

        AssertFoundIf(found, token, token);
    }

    [Fact]
    public void Slack_token_before_a_word_character_is_not_reported() =>
        Assert.Empty(Check("a" + "xo" + "xb-" + "123456789012-abcdefghij"));

    [Theory]
    [InlineData(10, 10, 10, true)]
    [InlineData(9, 10, 10, false)]
    [InlineData(10, 9, 10, false)]
    [InlineData(10, 10, 9, false)]
    public void Jwt_needs_three_parts_of_ten_characters(int header, int payload, int signature, bool found)
    {
        var token = "ey" + "J" + Planted.Random(Planted.Base64Url, header - 3, 1) + ".ey" + "J" + Planted.Random(Planted.Base64Url, payload - 3, 2) +
            "." + Planted.Random(Planted.Base64Url, signature, 3);

        AssertFoundIf(found, "Bearer " + token + " x", token);
    }

    [Theory]
    [InlineData("ey" + "Jabcdefghij.ey" + "Jabcdefghij")] // two parts, the file ends
    [InlineData("ey" + "Jabcdefghij.ey" + "Jabcdefghij x")] // two parts, no dot
    [InlineData("ey" + "Jabcdefghij.abcdefghij.abcdefghij")] // the payload is no JSON object
    [InlineData("ey" + "Jabcdefghij.ey")] // the payload is cut short
    [InlineData("xey" + "Jabcdefghij.ey" + "Jabcdefghij.abcdefghij")] // inside a word
    public void Jwt_look_alike_is_not_reported(string text) => Assert.Empty(Check(text));

    [Theory]
    [InlineData("key")]
    [InlineData("KEY")]
    [InlineData("azure")]
    [InlineData("storage")]
    [InlineData("secret")]
    [InlineData("credential")]
    public void Storage_key_is_reported_on_a_line_that_names_a_key(string word)
    {
        var key = Planted.AzureKey();

        AssertFound(word + " " + key + " x", key);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("key sha512")]
    [InlineData("key sha-512")]
    [InlineData("key hash")]
    [InlineData("key integrity")]
    [InlineData("key checksum")]
    public void Storage_key_is_not_reported_on_a_line_without_a_key_or_about_a_hash(string words) =>
        Assert.Empty(Check(words + " " + Planted.AzureKey()));

    [Fact]
    public void Storage_key_at_the_start_or_end_of_the_file_is_reported()
    {
        var key = Planted.AzureKey();

        AssertFound(key + " key", key);
        AssertFound("key:" + key, key);
    }

    [Theory]
    [InlineData("A", "")]
    [InlineData("=", "")]
    [InlineData("", "A")]
    [InlineData("", "=")]
    public void Storage_key_inside_a_longer_base64_run_is_not_reported(string before, string after) =>
        Assert.Empty(Check("key " + before + Planted.AzureKey() + after + " x"));

    [Fact]
    public void Padding_near_the_start_of_the_file_is_not_a_storage_key() => Assert.Empty(Check("key abc== x"));

    [Fact]
    public void Storage_key_one_character_short_is_not_reported() =>
        Assert.Empty(Check("key " + Planted.AzureKey().Substring(1)));

    [Fact]
    public void Storage_key_without_randomness_is_not_reported() =>
        Assert.Empty(Check("key " + new string('A', 43) + new string('B', 43) + "=="));

    [Fact]
    public void Storage_key_with_a_non_base64_character_is_not_reported()
    {
        var key = Planted.AzureKey();

        Assert.Empty(Check("key " + key.Substring(0, 40) + "-" + key.Substring(41)));
    }

    // The generic rule: a keyword in the name, an assignment, a quoted value (or a bare one where bare values count).
    [Theory]
    [InlineData("password")]
    [InlineData("passwd")]
    [InlineData("pwd")]
    [InlineData("secret")]
    [InlineData("token")]
    [InlineData("apikey")]
    [InlineData("api_key")]
    [InlineData("api-key")]
    [InlineData("accesskey")]
    [InlineData("access_key")]
    [InlineData("privatekey")]
    [InlineData("private_key")]
    [InlineData("credential")]
    [InlineData("DB_PASSWORD")]
    public void Quoted_value_of_a_secret_name_is_reported(string name)
    {
        var value = Planted.HighEntropyValue();

        AssertFound(name + " = \"" + value + "\"", value);
    }

    [Theory]
    [InlineData("username")]
    [InlineData("pw")]
    public void Quoted_value_of_another_name_is_not_reported(string name) =>
        Assert.Empty(Check(name + " = \"" + Planted.HighEntropyValue() + "\""));

    [Theory]
    [InlineData("password = \"{v}\"")]
    [InlineData("password='{v}'")]
    [InlineData("password: `{v}`")]
    [InlineData("\"password\": \"{v}\"")]
    [InlineData("'password' : '{v}'")]
    public void Each_quote_and_assignment_is_read(string template)
    {
        var value = Planted.HighEntropyValue();

        AssertFound(template.Replace("{v}", value), value);
    }

    [Fact]
    public void Tabs_around_the_assignment_are_skipped()
    {
        var value = Planted.HighEntropyValue();

        AssertFound("password\t=\t\"" + value + "\"", value);
    }

    [Theory]
    [InlineData("password == \"{v}\"")]
    [InlineData("password != \"{v}\"")]
    [InlineData("password <= \"{v}\"")]
    [InlineData("password >= \"{v}\"")]
    [InlineData("password => \"{v}\"")]
    [InlineData("password::\"{v}\"")]
    [InlineData("password = \"{v}|\"")] // the quote closes on another line
    [InlineData("password = \"{v}")] // it never closes
    [InlineData("password = {v}")] // bare, in a file where only quoted values count
    [InlineData("=\"{v}\"")] // no name
    public void Comparisons_and_unquoted_values_are_not_reported(string template) =>
        Assert.Empty(Check(template.Replace("{v}", Planted.HighEntropyValue())));

    [Theory]
    [InlineData("PASSWORD=={v}", "a.env")]
    [InlineData("PASSWORD=>{v}", "a.env")]
    [InlineData("password::{v}", "a.yaml")]
    public void Operator_that_is_no_assignment_is_not_read_as_one_where_bare_values_count(string template, string path) =>
        Assert.Empty(Check(template.Replace("{v}", Planted.HighEntropyValue()), path));

    [Fact]
    public void Search_goes_on_past_an_operator_right_after_another()
    {
        var value = Planted.HighEntropyValue();

        AssertFound("a::b password = \"" + value + "\"", value);
    }

    [Theory]
    [InlineData("password=")]
    [InlineData("password:")]
    [InlineData("password =  ")]
    public void Assignment_at_the_end_of_the_file_is_not_reported(string text) => Assert.Empty(Check(text));

    [Fact]
    public void Name_is_read_back_at_most_64_characters_from_the_assignment()
    {
        var value = Planted.HighEntropyValue();
        var padding = new string('x', 56);

        AssertFound("password" + padding + " = \"" + value + "\"", value);
        Assert.Empty(Check("password" + padding + "y = \"" + value + "\""));
    }

    [Theory]
    [InlineData(' ')]
    [InlineData(';')]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData(',')]
    [InlineData('&')]
    [InlineData(')')]
    public void Bare_value_ends_at_a_terminator(char terminator)
    {
        var value = Planted.HighEntropyValue();

        AssertFound("PASSWORD=" + value + terminator + "rest", value, ".env");
    }

    [Theory]
    [InlineData("config", true)]
    [InlineData(".env", true)]
    [InlineData("deploy/.env.production", true)]
    [InlineData("x.env", true)]
    [InlineData("a.ini", true)]
    [InlineData("a.cfg", true)]
    [InlineData("a.conf", true)]
    [InlineData("app.config", true)]
    [InlineData("a.properties", true)]
    [InlineData("a.yaml", true)]
    [InlineData("a.yml", true)]
    [InlineData("a.toml", true)]
    [InlineData("a.sh", true)]
    [InlineData("a.bash", true)]
    [InlineData("a.zsh", true)]
    [InlineData("a.txt", false)]
    [InlineData("a.cs", false)]
    [InlineData("env.d/a.txt", false)]
    public void Bare_values_count_in_configuration_files(string path, bool found)
    {
        var value = Planted.HighEntropyValue();

        AssertFoundIf(found, "password: " + value, value, path);
    }

    [Fact]
    public void Bare_value_counts_after_a_semicolon_in_any_file()
    {
        var value = Planted.HighEntropyValue();

        AssertFound("\"Server=db;Password=" + value + ";\"", value, "Db.cs");
        AssertFound("X=1;PASSWORD=" + value, value, ".env");
        Assert.Empty(Check("password=" + value + ";", "Db.cs"));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("{")]
    [InlineData("<")]
    [InlineData("%")]
    [InlineData("(")]
    [InlineData(" ")]
    public void Value_with_a_placeholder_character_is_not_reported(string placeholder) =>
        Assert.Empty(Check("password = \"Xk9#qL2!" + placeholder + "mZ7@wR4v\""));

    [Fact]
    public void Value_of_twelve_different_characters_is_long_enough() => AssertFound("token: \"Xk9#qL2!mZ7@\"", "Xk9#qL2!mZ7@");

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Value_is_at_most_200_characters(int length, bool found)
    {
        var value = Planted.Random(Planted.Alnum, length, 5);

        AssertFoundIf(found, "token: \"" + value + "\"", value);
    }

    [Fact]
    public void Value_needs_an_entropy_of_three_and_a_half_bits()
    {
        // Four characters twice and eight once: exactly 3.5 bits a character. One repeat more falls below.
        const string justEnough = "aabbccddefghijkl";
        const string tooLittle = "aabbccddeefghijk";

        AssertFound("token: \"" + justEnough + "\"", justEnough);
        Assert.Empty(Check("token: \"" + tooLittle + "\""));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("aaaa", 0)]
    [InlineData("ab", 1)]
    [InlineData("abab", 1)]
    [InlineData("abcd", 2)]
    [InlineData("aabbccddefghijkl", 3.5)]
    public void Entropy_is_bits_per_character(string value, double bits) =>
        Assert.Equal(bits, Entropy.Of(Encoding.ASCII.GetBytes(value)), 9);

    [Fact]
    public void Table_rules_are_checked_in_binary_files_and_the_generic_rule_is_not()
    {
        var value = Planted.HighEntropyValue();

        AssertFound("\0 password = \"" + value + "\" " + AwsKey, AwsKey);
    }

    [Fact]
    public void A_value_two_rules_see_is_reported_once()
    {
        // The connection-string rule and the generic rule (a bare value after ';') find the same value.
        var value = Planted.Random(Planted.Base64, 44, 4);

        AssertFound("a;SharedAccess" + "Key=" + value + ";b", value);
    }

    [Fact]
    public void Search_goes_on_after_the_end_of_a_token_found()
    {
        // The signature starts like a header: from the payload on, the rest would read as a second token.
        var token = "ey" + "J" + Planted.Random(Planted.Base64Url, 20, 1) + ".ey" + "J" + Planted.Random(Planted.Base64Url, 20, 2) +
            ".ey" + "J" + Planted.Random(Planted.Base64Url, 20, 3);

        AssertFound(token + ".abcdefghijkl x", token);
    }

    [Fact]
    public void Search_goes_on_after_the_end_of_a_value_found()
    {
        // The quoted value holds a bare assignment to a secret name of its own.
        var value = "a;token=" + Planted.HighEntropyValue();

        AssertFound("password = \"" + value + "\"", value);
    }

    [Fact]
    public void Message_names_the_rule_shows_four_characters_and_says_what_to_do()
    {
        var token = Planted.GitHubToken();

        var finding = Assert.Single(Check(token));

        Assert.Equal(
            "possible GitHub token ('" + token.Substring(0, 4) + "...', sha256:" + SecretAllowList.Fingerprint(Encoding.UTF8.GetBytes(token)) +
            "): remove it and rotate it; if it is not a secret, add 'pragma: allowlist secret' to the line or the fingerprint to the secrets allow-list",
            finding.Message);
    }

    [Theory]
    [InlineData("A={k} pragma: allowlist secret", false)]
    [InlineData("# pragma: allowlist nextline secret|A={k}", false)]
    [InlineData("# pragma: allowlist nextline secret||A={k}", true)] // two lines before
    [InlineData("|A={k}", true)]
    [InlineData("A={k}|# pragma: allowlist secret", true)] // the line after
    [InlineData("pragma: allowlist secret A={k}", false)]
    [InlineData("x|pragma: allowlist nextline secret|A={k}", false)]
    public void Pragma_allows_its_own_line_or_the_next_one(string template, bool found) =>
        AssertFoundIf(found, template.Replace("{k}", AwsKey), AwsKey);

    [Fact]
    public void Next_line_pragma_is_read_across_a_carriage_return() =>
        Assert.Empty(Check("# pragma: allowlist nextline secret\r\nA=" + AwsKey));

    [Fact]
    public void Fingerprint_is_the_first_16_hex_digits_of_the_sha256() =>
        Assert.Equal("ba7816bf8f01cfea", SecretAllowList.Fingerprint(Encoding.UTF8.GetBytes("abc")));

    [Fact]
    public void Allow_list_reads_fingerprints_paths_and_comments()
    {
        var allowed = Planted.GitHubToken(1);
        var fingerprint = SecretAllowList.Fingerprint(Encoding.UTF8.GetBytes(allowed));
        var exact = SecretAllowList.Fingerprint(Encoding.UTF8.GetBytes(Planted.GitHubToken(3)));
        var list = SecretAllowList.Parse(
            "# comment\r\n  SHA256:" + fingerprint.ToUpperInvariant() + "ffff # the fixture's token\n\nPATH:  fixtures/** \nsha256:0123456789abcde\nrandom\nsha256:" + exact);

        const string Problem = "the line is neither 'sha256:<16+ hex digits>' nor 'path:<glob>'";
        Assert.Equal(new[] { (5, Problem), (6, Problem) }, list.Problems);
        Assert.True(list.AllowsFingerprint(fingerprint));
        Assert.True(list.AllowsFingerprint(exact));
        Assert.True(list.AllowsPath("fixtures/a/b.txt"));
        Assert.False(list.AllowsPath("src/fixtures/a.txt"));
        Assert.Empty(Check(allowed, allowList: list));
        Assert.Single(Check(Planted.GitHubToken(2), allowList: list));
        Assert.Empty(Check(Planted.GitHubToken(2), "fixtures/keys.txt", list));
    }

    [Fact]
    public void Storage_emulator_key_is_allowed_without_an_allow_list() =>
        Assert.True(SecretAllowList.Empty.AllowsFingerprint("0011cc25eb432071"));
}
