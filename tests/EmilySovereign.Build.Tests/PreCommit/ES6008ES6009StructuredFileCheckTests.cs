using EmilySovereign.Build.PreCommit.Checks;
using EmilySovereign.Build.PreCommit.Engine;
using EmilySovereign.Build.Tests.Support;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>ES6008 (JSON) and ES6009 (XML): well-formedness with the position of the first error.</summary>
public sealed class ES6008ES6009StructuredFileCheckTests
{
    [Theory]
    [InlineData("{\n  \"a\": 1,\n  \"b\": tru\n}\n", 3, 8)]
    [InlineData("{\n  \"a\": [1, 2\n}\n", 3, 1)]
    [InlineData("{ \"a\": \"line\nbreak\" }\n", 1, 13)]
    [InlineData("{ \"a\": 01 }\n", 1, 9)]
    [InlineData("", 1, 1)]
    [InlineData("{} {}\n", 1, 4)]
    public void Invalid_json_is_reported_at_the_first_error(string json, int line, int column)
    {
        using var repo = new StagedRepository();
        repo.Stage("config/settings.json", json);
        var jsonOnly = new PreCommitOptions();
        jsonOnly.Disable("ES6006");

        FindingAssert.Exactly(repo.Check(jsonOnly), $"config/settings.json({line},{column}): ES6008");
    }

    [Fact]
    public void Valid_json_with_comments_and_trailing_commas_as_dotnet_configuration_allows_passes()
    {
        using var repo = new StagedRepository();
        repo.Stage("appsettings.json", "\uFEFF{\n  // logging\n  \"Logging\": { \"Level\": \"Info\", },\n  /* list */ \"A\": [1, -2.5e3, true, null, \"\\u00e9\"],\n}\n");

        Assert.Empty(repo.Check());
    }

    [Theory]
    [InlineData("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n  </Project>\n", 3, 5)]
    [InlineData("build/x.props", "<Project>\n  <A>1</B>\n</Project>\n", 2, 9)]
    [InlineData("data/map.xml", "<map>\n  <tile>\n</map>\n", 3, 3)]
    [InlineData("Strings.resx", "<root>\n<data name=\"a\"><value>x & y</value></data>\n</root>\n", 2, 26)]
    public void Invalid_xml_is_reported_with_line_and_column(string path, string xml, int line, int column)
    {
        using var repo = new StagedRepository();
        repo.Stage(path, xml);

        FindingAssert.Exactly(repo.Check(), $"{path}({line},{column}): ES6009");
    }

    [Fact]
    public void Valid_xml_and_non_xml_extensions_pass()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.targets", "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<Project><Target Name=\"A\" /></Project>\n");
        repo.Stage("notes.txt", "<not> xml\n");

        Assert.Empty(repo.Check());
    }

    [Fact]
    public void Switched_off_json_and_xml_are_not_parsed()
    {
        using var repo = new StagedRepository();
        repo.Stage("a.json", "{\n");
        repo.Stage("a.xml", "<a>\n");
        var options = new PreCommitOptions();
        options.Disable("ES6008");
        options.Disable("ES6009");

        Assert.Empty(repo.Check(options));
    }

    [Fact]
    public void Invalid_json_message_is_the_first_error_in_lower_case_after_the_prefix()
    {
        var finding = Assert.Single(SingleCheck.Run(new JsonCheck(), "a.json", "{ \"a\": tru }\n"));

        Assert.Equal("invalid JSON: unexpected character 't'; expected a value", finding.Message);
    }

    [Theory]
    [InlineData("<a>\n  <b></c>\n</a>\n", 2, 8, "invalid XML: The 'b' start tag on line 2 position 4 does not match the end tag of 'c'.")]
    [InlineData("", 1, 1, "invalid XML: Root element is missing.")]
    public void Invalid_xml_message_leaves_the_position_to_the_location(string xml, int line, int column, string message)
    {
        var findings = SingleCheck.Run(new XmlCheck(), "a.xml", xml);

        FindingAssert.Exactly(findings, $"a.xml({line},{column}): ES6009");
        Assert.Equal(message, findings[0].Message);
    }
}
