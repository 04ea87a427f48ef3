using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Build.PreCommit.Checks;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Benchmarks.PreCommit;

/// <summary>
/// The pre-commit JSON check (ES6008) alone on 1 000 generated configuration files (about 3.5 MB of UTF-8, with
/// comments, trailing commas and non-ASCII strings) in memory, one thread, side by side with System.Text.Json's
/// <see cref="Utf8JsonReader"/> reading every token of the same bytes with the same leniency.
/// Run: dotnet run -c Release -- --filter '*JsonCheck*' --job short
/// </summary>
[MemoryDiagnoser]
public class JsonCheckBenchmarks
{
    private static readonly JsonReaderOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private IReadOnlyList<StagedFile> _files = Array.Empty<StagedFile>();
    private readonly JsonCheck _check = new();

    [Params(1000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _files = Enumerable.Range(0, FileCount).Select(i => StagedFile.FromText($"config/service{i}/appsettings.json", GenerateFile(random))).ToList();
        if (JsonCheckOneThread() != 0 || Utf8JsonReaderPeer() != 0)
            throw new InvalidOperationException("the corpus must be valid JSON for both readers");
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json Utf8JsonReader, every token")]
    public int Utf8JsonReaderPeer()
    {
        var invalid = 0;
        foreach (var file in _files)
        {
            try
            {
                var reader = new Utf8JsonReader(file.Content, Lenient);
                while (reader.Read())
                {
                }
            }
            catch (JsonException)
            {
                invalid++;
            }
        }

        return invalid;
    }

    [Benchmark(Description = "ES6008 check, one thread")]
    public int JsonCheckOneThread()
    {
        var findings = 0;
        foreach (var file in _files)
        {
            var scan = new FileScan(file);
            _check.Check(scan);
            findings += scan.Findings.Count;
        }

        return findings;
    }

    private static string GenerateFile(Random random)
    {
        var text = new StringBuilder("{\n  // generated service settings\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\", }, },\n  \"Services\": [\n");
        while (text.Length < 3500)
        {
            var n = random.Next(10_000);
            text.Append("    { \"name\": \"service-").Append(n).Append("\", \"owner\": \"équipe ").Append(n % 7)
                .Append("\", \"weight\": ").Append((random.NextDouble() * 100).ToString("F3", CultureInfo.InvariantCulture))
                .Append(", \"enabled\": ").Append(n % 2 == 0 ? "true" : "false")
                .Append(", /* retries */ \"retries\": [1, 2, 4], \"note\": \"line\\nbreak \\u00e9\", \"parent\": null },\n");
        }

        return text.Append("  ],\n}\n").ToString();
    }
}
