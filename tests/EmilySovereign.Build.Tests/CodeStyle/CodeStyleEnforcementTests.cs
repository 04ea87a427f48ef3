using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.CodeStyle;

/// <summary>
/// The repository's .editorconfig and src/Directory.Build.props, copied verbatim beside a tiny project, fail its
/// build on each kind of style breach when warnings are errors (as CI builds), and accept code in the house style.
/// </summary>
public sealed class CodeStyleEnforcementTests
{
    private const string Clean = """
        using System.Text;

        namespace Tiny;

        internal sealed class Clean
        {
            private const int Limit = 3;
            private static readonly string Separator = ", ";
            private readonly StringBuilder _text = new();

            public string Join(string[] parts)
            {
                foreach (var part in parts)
                {
                    if (_text.Length > Limit)
                        _text.Append(Separator);
                    _text.Append(part);
                }

                return _text.ToString();
            }
        }
        """;

    private const string Breaches = """
        using System.IO;

        namespace Tiny;

        internal sealed class Breaches
        {
            private int count;

            public int Next(int step)
            {
                if (step > 0
                    && step < 10)
                    count += step;
                int next = count + 1;
                if(next > 100)
                    return 0;
                return next;
            }
        }
        """;

    private const string BlockNamespace = """
        namespace Tiny.Block
        {
            internal static class Scoped
            {
                public static int One() => 1;
            }
        }
        """;

    [Fact]
    public void EachBreach_FailsTheBuild_AtItsLine_AndHouseStyleCodePasses()
    {
        using var temp = new TempDirectory("style");
        // Stands in for the root Directory.Build.props that src/Directory.Build.props imports.
        temp.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        temp.Write(".editorconfig", File.ReadAllText(RepositoryPaths.Combine(".editorconfig")));
        temp.Write("src/Directory.Build.props", File.ReadAllText(RepositoryPaths.Combine("src", "Directory.Build.props")));
        temp.Write("src/Tiny/Tiny.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        temp.Write("src/Tiny/Clean.cs", Clean + "\n");
        temp.Write("src/Tiny/Breaches.cs", Breaches + "\n");
        temp.Write("src/Tiny/BlockNamespace.cs", BlockNamespace + "\n");

        // TreatWarningsAsErrors is what CI=true sets in the root Directory.Build.props.
        var result = DotnetCli.Run(
            temp.Combine("src/Tiny"), ["build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=true"],
            environment: new Dictionary<string, string?> { ["CI"] = null });

        Assert.NotEqual(0, result.ExitCode);
        var found = BuildDiagnostic.Parse(result.Output)
            .Select(d => (d.FileName, d.Line, d.Severity, d.Id))
            .OrderBy(d => d.FileName).ThenBy(d => d.Line).ThenBy(d => d.Id)
            .ToList();
        Assert.Equal(
            [
                ("BlockNamespace.cs", 1, "error", "IDE0161"),
                ("Breaches.cs", 1, "error", "IDE0005"),
                ("Breaches.cs", 7, "error", "IDE1006"),
                ("Breaches.cs", 11, "error", "IDE0011"),
                ("Breaches.cs", 14, "error", "IDE0007"),
                ("Breaches.cs", 15, "error", "IDE0055"),
            ],
            found);
    }
}
