using System.Collections.Generic;
using EmilySovereign.Build.Doctor;
using EmilySovereign.Json;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Doctor;

/// <summary>
/// Reading global.json and the tool manifest: lenient JSON passes, anything unreadable is one ES6207 finding at the
/// file with its 1-based line and column, and a string is looked up along a path of property names.
/// </summary>
public sealed class PinFileTests
{
    [Fact]
    public void Comments_and_trailing_commas_are_read_and_report_nothing()
    {
        using var folder = new TempDirectory("pin");
        var path = folder.Write("global.json", "{\n  // pinned\n  \"sdk\": { \"version\": \"10.0.100\", /* policy */ },\n}\n");
        var findings = new List<DoctorFinding>();

        var json = PinFile.Read(path, "global.json", findings);

        Assert.Empty(findings);
        Assert.Equal("10.0.100", PinFile.GetString(json, "sdk", "version"));
    }

    [Theory]
    [InlineData("{\n  \"sdk\": {\n    \"version\" \"10.0.100\"\n  }\n}\n", "global.json cannot be read: line 3, column 15: Expected ':' after the property name")]
    [InlineData("{ \"tools\": { } } }", "global.json cannot be read: line 1, column 18: Unexpected text after the end of the JSON document")]
    public void An_unreadable_file_is_one_ES6207_finding_at_the_file_with_line_and_column(string content, string message)
    {
        using var folder = new TempDirectory("pin");
        var path = folder.Write("global.json", content);
        var findings = new List<DoctorFinding>();

        Assert.Null(PinFile.Read(path, "global.json", findings));

        var finding = Assert.Single(findings);
        Assert.Equal(("ES6207", path, message), (finding.Rule.Id, finding.File, finding.Message));
    }

    [Fact]
    public void The_finding_names_the_file_as_the_caller_calls_it()
    {
        using var folder = new TempDirectory("pin");
        var path = folder.Write("dotnet-tools.json", "");
        var findings = new List<DoctorFinding>();

        PinFile.Read(path, "the tool manifest", findings);

        Assert.Equal("the tool manifest cannot be read: line 1, column 1: The file is empty; expected a JSON object", Assert.Single(findings).Message);
    }

    [Theory]
    [InlineData("{ \"sdk\": { \"version\": \"10.0.100\" } }", "10.0.100")]
    [InlineData("{ \"sdk\": { \"version\": \"1\", \"version\": \"2\" } }", "2")]
    [InlineData("{ \"sdk\": { \"version\": 10 } }", null)]
    [InlineData("{ \"sdk\": { \"version\": null } }", null)]
    [InlineData("{ \"sdk\": { \"rollForward\": \"disable\" } }", null)]
    [InlineData("{ \"sdk\": \"10.0.100\" }", null)]
    [InlineData("{ \"sdk\": [ { \"version\": \"10.0.100\" } ] }", null)]
    [InlineData("{ }", null)]
    [InlineData("[ ]", null)]
    public void A_string_is_found_only_at_the_end_of_a_path_of_objects(string json, string? expected)
    {
        JsonReader.TryRead(json, out var value);

        Assert.Equal(expected, PinFile.GetString(value, "sdk", "version"));
    }

    [Fact]
    public void An_empty_path_reads_the_value_itself_and_no_value_reads_nothing()
    {
        JsonReader.TryRead("\"text\"", out var value);

        Assert.Equal("text", PinFile.GetString(value));
        Assert.Null(PinFile.GetString(null, "sdk"));
    }
}
