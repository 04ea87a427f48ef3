using System.Linq;
using EmilySovereign.Build.Hooks;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Build.Tests.Hooks;

/// <summary>
/// The hook's text: its exact lines, the dotnet it falls back to, paths turned into sh words (forward slashes,
/// single quotes only when a character needs them), the options as host arguments, and the line that chains it.
/// </summary>
public sealed class HookScriptTests
{
    private const string Host = "/opt/es/EmilySovereign.Hook.dll";

    [Fact]
    public void The_script_checks_for_its_host_and_execs_it_with_dotnet()
    {
        Assert.Equal(
            "#!/bin/sh\n" +
            "# EmilySovereign pre-commit hook: written by 'dotnet build' (EmilySovereign package); edits are overwritten.\n" +
            "# Configure it with the EmilySovereign* MSBuild properties (docs/pre-commit.md); skip it once with 'git commit --no-verify'.\n" +
            "host=/opt/es/EmilySovereign.Hook.dll\n" +
            "dotnet=dotnet\n" +
            "if [ ! -f \"$host\" ]; then\n" +
            "  echo \"EmilySovereign: pre-commit checks skipped: $host is gone; run 'dotnet build' to reinstall the hook.\" >&2\n" +
            "  exit 0\n" +
            "fi\n" +
            "command -v \"$dotnet\" >/dev/null 2>&1 || dotnet=dotnet\n" +
            "exec \"$dotnet\" exec \"$host\"\n",
            HookScript.Create(Host, null, new PreCommitOptions()));
    }

    [Fact]
    public void The_marker_is_the_line_that_tells_an_own_hook_from_a_foreign_one() =>
        Assert.Equal("# EmilySovereign pre-commit hook", HookScript.Marker);

    [Theory]
    [InlineData(null, "dotnet=dotnet")]
    [InlineData("", "dotnet=dotnet")]
    [InlineData("/usr/share/dotnet/dotnet", "dotnet=/usr/share/dotnet/dotnet")]
    [InlineData("C:\\Program Files\\dotnet\\dotnet.exe", "dotnet='C:/Program Files/dotnet/dotnet.exe'")]
    public void The_dotnet_line_names_the_building_dotnet_or_the_one_on_PATH(string? dotnetHost, string line) =>
        Assert.Equal(line, Line(HookScript.Create(Host, dotnetHost, new PreCommitOptions()), "dotnet="));

    [Theory]
    [InlineData("/a-b_c.d:e+f/G9.dll", "host=/a-b_c.d:e+f/G9.dll")]
    [InlineData("C:\\tools\\Hook.dll", "host=C:/tools/Hook.dll")]
    [InlineData("/opt/my tools/Hook.dll", "host='/opt/my tools/Hook.dll'")]
    [InlineData("/home/o'brien/Hook.dll", "host='/home/o'\\''brien/Hook.dll'")]
    [InlineData("/opt/$HOME/Hook.dll", "host='/opt/$HOME/Hook.dll'")]
    [InlineData("/opt/a=b/Hook.dll", "host='/opt/a=b/Hook.dll'")]
    [InlineData("/opt/~x/Hook.dll", "host='/opt/~x/Hook.dll'")]
    [InlineData("/opt/x*/Hook.dll", "host='/opt/x*/Hook.dll'")]
    [InlineData("/opt/\"x\"/Hook.dll", "host='/opt/\"x\"/Hook.dll'")]
    [InlineData("/opt/ünï/Hook.dll", "host=/opt/ünï/Hook.dll")]
    [InlineData("", "host=''")]
    public void Paths_are_quoted_only_when_a_character_is_not_plain(string hostAssembly, string line) =>
        Assert.Equal(line, Line(HookScript.Create(hostAssembly, null, new PreCommitOptions()), "host="));

    [Fact]
    public void The_options_follow_the_host_as_quoted_arguments() =>
        Assert.Equal(
            "exec \"$dotnet\" exec \"$host\" --off ES6002 --off ES6005 --max-file-size-kb 100 --allowlist 'config/secrets allow.txt' --format --all --exclude 'samples/**' --exclude docs/x.md",
            Line(HookScript.Create(Host, null, AllOptions()), "exec "));

    [Fact]
    public void An_empty_argument_stays_one_argument() =>
        Assert.Equal(
            "exec \"$dotnet\" exec \"$host\" --allowlist ''",
            Line(HookScript.Create(Host, null, new PreCommitOptions { SecretsAllowListPath = "" }), "exec "));

    [Theory]
    [InlineData(Host, "dotnet exec /opt/es/EmilySovereign.Hook.dll --off ES6002 --off ES6005 --max-file-size-kb 100 --allowlist 'config/secrets allow.txt' --format --all --exclude 'samples/**' --exclude docs/x.md || exit 1")]
    [InlineData("C:\\Users\\O'Brien\\Hook.dll", "dotnet exec 'C:/Users/O'\\''Brien/Hook.dll' --off ES6002 --off ES6005 --max-file-size-kb 100 --allowlist 'config/secrets allow.txt' --format --all --exclude 'samples/**' --exclude docs/x.md || exit 1")]
    public void The_chain_line_runs_the_same_checks_and_stops_the_commit_when_they_fail(string hostAssembly, string line) =>
        Assert.Equal(line, HookScript.ChainLine(hostAssembly, AllOptions()));

    [Fact]
    public void The_chain_line_with_default_options_has_no_arguments() =>
        Assert.Equal("dotnet exec /opt/es/EmilySovereign.Hook.dll || exit 1", HookScript.ChainLine(Host, new PreCommitOptions()));

    private static PreCommitOptions AllOptions()
    {
        var options = new PreCommitOptions
        {
            MaxFileSizeKB = 100,
            SecretsAllowListPath = "config/secrets allow.txt",
            RunDotnetFormat = true,
            AllTrackedFiles = true,
        };
        options.Disable("ES6005");
        options.Disable("ES6002");
        options.ExcludedPaths.Add("samples/**");
        options.ExcludedPaths.Add("docs/x.md");
        return options;
    }

    private static string Line(string script, string prefix) => Assert.Single(script.Split('\n'), l => l.StartsWith(prefix, System.StringComparison.Ordinal));
}
