using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Tests.Adrs;

/// <summary>The generated <c>Adrs</c> class compiles, runs, and reads back what the ADR files say.</summary>
public sealed class AdrsGeneratorTests
{
    private static readonly (string, string)[] TwoAdrs =
    {
        ("/repo/docs/adr/0001-adopt-triune-architecture.md", "# ADR 001: Adopt Triune Architecture\n\nStatus: Accepted\nDate: 2026-11-25\n"),
        ("/repo/docs/adr/0003-use-mysql.md", "# 3. Use MySQL\n\nDate: 2025-02-01\n\n## Status\n\nSuperseded by [7. Use Postgres](0007-use-postgres.md)\n"),
        ("/repo/docs/adr/README.md", "# Index\n"),
    };

    [Fact]
    public void Get_and_All_return_the_records_of_the_files()
    {
        var (_, output) = GeneratedAdrs.Run(TwoAdrs);
        var assembly = GeneratedAdrs.Load(output);

        var first = GeneratedAdrs.Get(assembly, "Sample.App.Adrs", 1)!;
        Assert.Equal(new AdrInfo(1, "Adopt Triune Architecture", AdrStatus.Accepted, new DateOnly(2026, 11, 25), null, "docs/adr/0001-adopt-triune-architecture.md"), first);
        var third = GeneratedAdrs.Get(assembly, "Sample.App.Adrs", 3)!;
        Assert.Equal((AdrStatus.Superseded, (int?)7, "Use MySQL"), (third.Status, third.SupersededBy, third.Title));
        Assert.Null(GeneratedAdrs.Get(assembly, "Sample.App.Adrs", 2));
        Assert.Equal(new[] { 1, 3 }, GeneratedAdrs.All(assembly, "Sample.App.Adrs").Select(a => a.Number));
    }

    [Theory]
    [InlineData("Say \"hello\" to C:\\temp\\ and */ comments /*")]
    [InlineData("Ünïcødé — 日本語 🚀 and a \u2028 line separator")]
    [InlineData("{0} $\"{x}\" @\"verbatim\" \\u0041 #if false")]
    public void Titles_that_are_hard_to_quote_compile_and_round_trip(string title)
    {
        var (_, output) = GeneratedAdrs.Run(new[] { ("/r/docs/adr/0002-hard.md", $"# ADR 2: {title}\nStatus: Proposed\n") });

        Assert.Equal(title, GeneratedAdrs.Get(GeneratedAdrs.Load(output), "Sample.App.Adrs", 2)!.Title);
    }

    [Fact]
    public void A_very_long_title_compiles()
    {
        var title = string.Concat(Enumerable.Repeat("very long \"title\" \\ ", 5_000));
        var (_, output) = GeneratedAdrs.Run(new[] { ("/r/docs/adr/0002-long.md", $"# ADR 2: {title}\nStatus: Proposed\n") });

        Assert.Equal(title.Trim(), GeneratedAdrs.Get(GeneratedAdrs.Load(output), "Sample.App.Adrs", 2)!.Title);
    }

    [Fact]
    public void Duplicate_numbers_still_compile_and_the_first_file_by_path_wins()
    {
        var (_, output) = GeneratedAdrs.Run(new[]
        {
            ("/r/docs/adr/0004-b.md", "# ADR 4: B\nStatus: Accepted\n"),
            ("/r/docs/adr/0004-a.md", "# ADR 4: A\nStatus: Accepted\n"),
        });

        Assert.Equal("A", GeneratedAdrs.Get(GeneratedAdrs.Load(output), "Sample.App.Adrs", 4)!.Title);
    }

    [Fact]
    public void Unreadable_files_are_listed_with_what_could_be_read()
    {
        var (_, output) = GeneratedAdrs.Run(new[] { ("/r/docs/adr/0005-no-status-here.md", "no title, no status") });

        var adr = GeneratedAdrs.Get(GeneratedAdrs.Load(output), "Sample.App.Adrs", 5)!;
        Assert.Equal(("no status here", AdrStatus.Proposed, (DateOnly?)null), (adr.Title, adr.Status, adr.Date));
    }

    [Fact]
    public void No_adr_files_generate_nothing()
    {
        Assert.Null(GeneratedAdrs.Run(new[] { ("/r/docs/adr/README.md", "# Index") }).Generated);
        Assert.Null(GeneratedAdrs.Run(Array.Empty<(string, string)>()).Generated);
    }

    [Fact]
    public void Files_of_another_kind_are_not_adrs()
    {
        Assert.Null(GeneratedAdrs.Run(TwoAdrs, kind: "Architecture").Generated);
    }

    [Fact]
    public void Without_kind_metadata_files_under_docs_adr_count()
    {
        var (generated, _) = GeneratedAdrs.Run(
            new[] { ("/r/docs/adr/0001-a.md", "# 1. A\nStatus: Accepted\n"), ("/r/notes/0002-b.md", "# 2. B\nStatus: Accepted\n") }, kind: null);

        Assert.Contains("\"docs/adr/0001-a.md\"", generated);
        Assert.DoesNotContain("0002-b.md", generated);
    }

    [Fact]
    public void Without_the_runtime_reference_nothing_is_generated()
    {
        Assert.Null(GeneratedAdrs.Run(TwoAdrs, compilation: GeneratedAdrs.Compilation(withRuntime: false)).Generated);
    }

    [Theory]
    [InlineData(null, "My-Company.2D.Tool", "My_Company._2D.Tool.Adrs")]
    [InlineData("", "Plain", "Plain.Adrs")]
    [InlineData("Root.class", "Ignored", "Root.class.Adrs")]
    public void Namespace_is_the_root_namespace_else_the_assembly_name(string? rootNamespace, string assemblyName, string typeName)
    {
        var (_, output) = GeneratedAdrs.Run(TwoAdrs, rootNamespace, GeneratedAdrs.Compilation(assemblyName));

        Assert.NotNull(GeneratedAdrs.Get(GeneratedAdrs.Load(output), typeName, 1));
    }

    [Fact]
    public void Emitted_text_has_the_expected_shape()
    {
        var (generated, _) = GeneratedAdrs.Run(new[] { ("/r/docs/adr/0001-a.md", "# ADR 1: A \"b\"\nStatus: Accepted\nDate: 2026-01-02\n") });
        var version = typeof(Generators.Adrs.AdrsGenerator).Assembly.GetName().Version;

        Assert.Equal($$"""
            // <auto-generated/>
            #nullable enable

            namespace Sample.App
            {
                /// <summary>The architecture decision records of this project (its docs/adr folder).</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("EmilySovereign.Generators", "{{version}}")]
                internal static partial class Adrs
                {
                    private static readonly global::EmilySovereign.AdrInfo[] s_all = new global::EmilySovereign.AdrInfo[]
                    {
                        new global::EmilySovereign.AdrInfo(1, "A \"b\"", global::EmilySovereign.AdrStatus.Accepted, new global::System.DateOnly(2026, 1, 2), null, "docs/adr/0001-a.md"),
                    };

                    /// <summary>Every ADR, sorted by number.</summary>
                    public static global::System.Collections.Generic.IReadOnlyList<global::EmilySovereign.AdrInfo> All { get; } = global::System.Array.AsReadOnly(s_all);

                    /// <summary>The ADR with this number, or null when there is none.</summary>
                    public static global::EmilySovereign.AdrInfo? Get(int number) => number switch
                    {
                        1 => s_all[0],
                        _ => null,
                    };
                }
            }

            """.ReplaceLineEndings("\n"), generated!.ReplaceLineEndings("\n"));
    }
}
