using System.Collections.Generic;
using System.Linq;
using System.Text;
using EmilySovereign.Build.PreCommit.Checks.Secrets;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// The engine's own work around the checks: many staged files checked in parallel yet reported in path order, the
/// secrets allow-list read from the index (and its bad lines reported), and in-memory files checked in input order.
/// </summary>
public sealed class EngineTests
{
    private const string AllowListProblem =
        "secrets allow-list: the line is neither 'sha256:<16+ hex digits>' nor 'path:<glob>'";

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(24)]
    public void Any_number_of_staged_files_is_reported_in_path_order_each_sorted_by_position(int fileCount)
    {
        using var repo = new StagedRepository();
        var expected = new List<string>();
        // Staged in reverse so git's path order, not staging order, is what the report follows.
        foreach (var i in Enumerable.Range(0, fileCount).Reverse())
        {
            // The merge marker check runs first but its finding (line 2) sorts after the whitespace one (line 1).
            repo.Stage($"f{i:D2}.txt", i % 2 == 0 ? "x \n<<<<<<< HEAD\n" : string.Concat(Enumerable.Repeat("ok\n", i % 5)) + "y  \n");
        }

        for (var i = 0; i < fileCount; i++)
        {
            if (i % 2 == 0)
                expected.AddRange(new[] { $"f{i:D2}.txt(1,2): ES6005", $"f{i:D2}.txt(2,1): ES6001" });
            else
                expected.Add($"f{i:D2}.txt({i % 5 + 1},2): ES6005");
        }

        FindingAssert.Exactly(repo.Check(), expected.ToArray());
    }

    [Fact]
    public void The_slowest_file_to_check_is_still_reported_when_it_is_the_last_one_read()
    {
        using var repo = new StagedRepository();
        for (var i = 0; i < 9; i++)
            repo.Stage($"f{i}.txt", "x \n");
        // Megabytes of assignments (over the size limit, and still scanned) keep the checks busy after git has sent
        // the last blob.
        repo.Stage("z-big.txt", new StringBuilder().Insert(0, "a = b;\n", 400_000).Append("end \n").ToString());

        var findings = repo.Check();

        FindingAssert.Exactly(
            findings,
            Enumerable.Range(0, 9).Select(i => $"f{i}.txt(1,2): ES6005").Append("z-big.txt(1,1): ES6004").Append("z-big.txt(400001,4): ES6005").ToArray());
    }

    [Fact]
    public void The_staged_allow_list_s_paths_turn_secret_checks_off_for_matching_files()
    {
        using var repo = new StagedRepository();
        repo.Stage("fixtures/keys.txt", Planted.GitHubToken() + "\n" + Planted.PemPrivateKey());
        repo.Stage("src/keys.txt", Planted.GitHubToken() + "\n");
        repo.Stage(".secrets-allowlist", "path:fixtures/**\n");

        FindingAssert.Exactly(repo.Check(), "src/keys.txt(1,1): ES6003");
    }

    [Fact]
    public void A_staged_allow_list_at_another_path_is_read_from_there()
    {
        using var repo = new StagedRepository();
        repo.Stage("src/keys.txt", Planted.GitHubToken() + "\n");
        repo.Stage("config/allow.txt", "path:src/**\n");

        const string allowListPath = "config/allow.txt";
        Assert.Empty(repo.Check(new PreCommitOptions { SecretsAllowListPath = allowListPath }));
        FindingAssert.Exactly(repo.Check(), "src/keys.txt(1,1): ES6003");
    }

    [Fact]
    public void A_bad_allow_list_line_is_reported_at_its_line_after_the_files_findings()
    {
        using var repo = new StagedRepository();
        repo.Stage("b.txt", "x \n");
        repo.Stage(".secrets-allowlist", "# ok\npath:a/**\nnot an entry\n");

        Assert.Equal(
            new[]
            {
                "b.txt(1,2): error ES6005: trailing whitespace: remove it (most editors do on save with trim_trailing_whitespace = true)",
                ".secrets-allowlist(3,1): error ES6003: " + AllowListProblem,
            },
            repo.CheckLines());
    }

    [Fact]
    public void In_memory_files_are_reported_in_input_order()
    {
        var files = new[]
        {
            StagedFile.FromText("z.txt", "a \nb"),
            StagedFile.FromText("clean.txt", "fine\n"),
            StagedFile.FromText("a.txt", "<<<<<<< HEAD\nc \n"),
        };

        var findings = new PreCommitEngine(new PreCommitOptions()).CheckFiles(files);

        FindingAssert.Exactly(findings, "z.txt(1,2): ES6005", "z.txt(2,2): ES6006", "a.txt(1,1): ES6001", "a.txt(2,2): ES6005");
    }

    [Fact]
    public void No_in_memory_files_have_no_findings() =>
        Assert.Empty(new PreCommitEngine(new PreCommitOptions()).CheckFiles(new StagedFile[0]));

    [Theory]
    [InlineData(null, new[] { "fixtures/keys.txt(1,1): ES6003", "src/keys.txt(1,1): ES6003" })]
    [InlineData("path:fixtures/**", new[] { "src/keys.txt(1,1): ES6003" })]
    public void In_memory_files_are_checked_against_the_allow_list_given(string? allowList, string[] expected)
    {
        var files = new[]
        {
            StagedFile.FromText("fixtures/keys.txt", Planted.GitHubToken() + "\n"),
            StagedFile.FromText("src/keys.txt", Planted.GitHubToken() + "\n"),
        };

        var findings = new PreCommitEngine(new PreCommitOptions())
            .CheckFiles(files, allowList is null ? null : SecretAllowList.Parse(allowList));

        FindingAssert.Exactly(findings, expected);
    }
}
