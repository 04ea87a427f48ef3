using System.Collections.Generic;
using EmilySovereign.Build.Doctor;
using EmilySovereign.Build.Tests.Support;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>
/// ES6206 on real repositories: a missing <c>* text</c> rule in the top folder's .gitattributes (with the autocrlf
/// value shown), and core.autocrlf=true under a normalizing rule without eol outside Windows.
/// </summary>
public sealed class LineEndingAdviceTests
{
    private const string NoRuleAdvice = "run: echo '* text=auto eol=lf' >> .gitattributes";

    [Theory]
    [InlineData(null)]
    [InlineData("*.cs text eol=lf\n")]
    [InlineData("*text=auto\n")]
    [InlineData("* -diff\n")]
    [InlineData("# * text=auto\n")]
    public void Without_a_star_text_rule_the_fix_is_one_appended_line(string? attributes)
    {
        using var repo = GitRepository.Init();
        if (attributes is not null)
            repo.Write(".gitattributes", attributes);

        Assert.Equal(
            new[] { $"ES6206 {repo.Combine(".gitattributes")}: .gitattributes has no '* text' rule, so line endings depend on each machine's core.autocrlf (here: false); {NoRuleAdvice}" },
            Check(repo, isWindows: false));
    }

    [Theory]
    [InlineData("TRUE", true, "true")]
    [InlineData("input", false, "input")]
    public void The_advice_shows_this_machines_autocrlf_in_lower_case_whatever_the_platform(string autocrlf, bool isWindows, string shown)
    {
        using var repo = GitRepository.Init();
        repo.Git("config", "core.autocrlf", autocrlf);

        Assert.Equal(
            new[] { $"ES6206 {repo.Combine(".gitattributes")}: .gitattributes has no '* text' rule, so line endings depend on each machine's core.autocrlf (here: {shown}); {NoRuleAdvice}" },
            Check(repo, isWindows));
    }

    [Fact]
    public void An_unset_autocrlf_is_shown_as_unset()
    {
        using var repo = GitRepository.Init();
        repo.Git("config", "--unset", "core.autocrlf");

        Assert.Contains("core.autocrlf (here: unset); ", Assert.Single(Check(repo, isWindows: false)));
    }

    [Fact]
    public void The_top_folders_attributes_count_from_a_subfolder_and_a_nested_file_does_not()
    {
        using var repo = GitRepository.Init();
        repo.Write("src/.gitattributes", "* text=auto eol=lf\n");

        var advice = Assert.Single(Check(repo, isWindows: false, "src"));

        Assert.StartsWith($"ES6206 {repo.Combine(".gitattributes")}: .gitattributes has no '* text' rule", advice);
    }

    [Theory]
    [InlineData("* text=auto\n", "true")]
    [InlineData("  *   text=auto  \n", "True")]
    [InlineData("* text=auto eol=lf\n*.sh text\n* text=auto\n", "true")]
    [InlineData("* -text\n* text=auto\n", "true")]
    public void Autocrlf_true_under_a_rule_without_eol_is_reported_outside_Windows_with_the_rule(string attributes, string autocrlf)
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", attributes);
        repo.Git("config", "core.autocrlf", autocrlf);

        Assert.Equal(
            new[] { $"ES6206 {repo.Combine(".gitattributes")}: .gitattributes normalizes line endings ('text=auto') but core.autocrlf=true checks files out with CRLF on this machine; run: git config core.autocrlf input" },
            Check(repo, isWindows: false));
    }

    [Theory]
    [InlineData("* text=auto\n", "true", true)]
    [InlineData("* text=auto\n", "input", false)]
    [InlineData("* text=auto\n", "false", false)]
    [InlineData("* text=auto eol=lf\n", "true", false)]
    [InlineData("* text eol=crlf\n", "true", false)]
    [InlineData("* eol=lf text=auto\n", "true", false)]
    [InlineData("* text=auto\n* text=auto eol=lf\n", "true", false)]
    [InlineData("* binary\n", "true", false)]
    [InlineData("* -text\n", "true", false)]
    [InlineData("* !text\n", "true", false)]
    [InlineData("* text=auto\n* -text\n", "true", false)]
    [InlineData("* text=auto -text\n", "true", false)]
    public void A_rule_with_eol_or_without_conversion_or_an_autocrlf_that_keeps_LF_reports_nothing(string attributes, string autocrlf, bool isWindows)
    {
        using var repo = GitRepository.Init();
        repo.Write(".gitattributes", attributes);
        repo.Git("config", "core.autocrlf", autocrlf);

        Assert.Empty(Check(repo, isWindows));
    }

    [Fact]
    public void Outside_a_repository_there_is_nothing_to_advise()
    {
        using var folder = new TempDirectory("noattr");
        var findings = new List<DoctorFinding>();

        LineEndingAdvice.Check(folder.Path, isWindows: false, findings);

        Assert.Empty(findings);
    }

    private static string[] Check(GitRepository repo, bool isWindows, string subfolder = "")
    {
        var directory = repo.Combine(subfolder);
        System.IO.Directory.CreateDirectory(directory);
        var findings = new List<DoctorFinding>();
        LineEndingAdvice.Check(directory, isWindows, findings);
        return DoctorFindingText.Of(findings);
    }
}
