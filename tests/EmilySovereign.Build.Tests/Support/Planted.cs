using System;
using System.Linq;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>
/// Secrets for the corpus, assembled at run time from harmless pieces so this repository never contains a literal
/// key that its own pre-commit hook (or anyone's scanner) would flag.
/// </summary>
internal static class Planted
{
    /// <summary>Deterministic pseudo-random characters from <paramref name="alphabet"/>.</summary>
    public static string Random(string alphabet, int length, int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const string Base64 = Alnum + "+/";
    public const string Base64Url = Alnum + "-_";

    public static string AwsAccessKeyId(int seed = 1) => "AK" + "IA" + Random(Upper + "234567", 16, seed);

    public static string GitHubToken(int seed = 2) => "gh" + "p_" + Random(Alnum, 36, seed);

    public static string GitHubFineGrained(int seed = 3) => "github" + "_pat_" + Random(Alnum + "_", 82, seed);

    public static string GitLabToken(int seed = 4) => "gl" + "pat-" + Random(Base64Url, 20, seed);

    public static string SlackToken(int seed = 5) => "xo" + "xb-" + Random("0123456789", 12, seed) + "-" + Random(Alnum, 24, seed + 1);

    public static string SlackWebhook(int seed = 6) =>
        "https://hooks.slack" + ".com/services/T" + Random(Upper, 8, seed) + "/B" + Random(Upper, 8, seed + 1) + "/" + Random(Alnum, 24, seed + 2);

    public static string AzureKey(int seed = 7) => Random(Base64, 86, seed) + "==";

    public static string AzureConnectionString(int seed = 8) =>
        "DefaultEndpointsProtocol=https;AccountName=prod;Account" + "Key=" + AzureKey(seed) + ";EndpointSuffix=core.windows.net";

    public static string GoogleApiKey(int seed = 9) => "AI" + "za" + Random(Base64Url, 35, seed);

    public static string Jwt(int seed = 10) =>
        "ey" + "J" + Random(Base64Url, 30, seed) + ".ey" + "J" + Random(Base64Url, 60, seed + 1) + "." + Random(Base64Url, 43, seed + 2);

    public static string HighEntropyValue(int seed = 11) => Random(Alnum + "!@#", 24, seed);

    /// <summary>A PEM block whose header is split here so the source holds no private-key header.</summary>
    public static string PemPrivateKey(string kind = "RSA ", int seed = 12) =>
        "-----BEGIN " + kind + "PRIV" + "ATE KEY-----\n" +
        string.Join("\n", Enumerable.Range(0, 5).Select(i => Random(Base64, 64, seed + i))) +
        "\n-----END " + kind + "PRIV" + "ATE KEY-----\n";
}
