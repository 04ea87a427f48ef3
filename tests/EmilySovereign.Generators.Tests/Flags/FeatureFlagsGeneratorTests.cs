using System;
using System.Collections.Immutable;
using System.Linq;
using EmilySovereign.Generators.Flags;

namespace EmilySovereign.Generators.Tests.Flags;

/// <summary>The generated <c>FeatureFlags</c> compiles and answers in the contract's order: override, environment, source, default.</summary>
public sealed class FeatureFlagsGeneratorTests
{
    [Fact]
    public void Typed_accessor_reads_the_declared_default()
    {
        var flags = GeneratedFlags.Flags("""
            [assembly: EmilySovereign.FeatureFlag("gen_default_on", Default = true)]
            [assembly: EmilySovereign.FeatureFlag("gen_default_off")]
            """);

        Assert.True(GeneratedFlags.Property(flags, "GenDefaultOn"));
        Assert.False(GeneratedFlags.Property(flags, "GenDefaultOff"));
        Assert.True(GeneratedFlags.IsEnabled(flags, "gen_default_on"));
        Assert.False(GeneratedFlags.IsEnabled(flags, "gen_default_off"));
    }

    [Fact]
    public void Environment_wins_over_the_default()
    {
        Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ENV_ON", "true");
        Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ENV_OFF", "0");
        try
        {
            var flags = GeneratedFlags.Flags("""
                [assembly: EmilySovereign.FeatureFlag("gen_env_on")]
                [assembly: EmilySovereign.FeatureFlag("gen_env_off", Default = true)]
                """);

            Assert.True(GeneratedFlags.Property(flags, "GenEnvOn"));
            Assert.False(GeneratedFlags.Property(flags, "GenEnvOff"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ENV_ON", null);
            Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ENV_OFF", null);
        }
    }

    [Fact]
    public void Override_wins_over_the_environment_and_ends_with_its_scope()
    {
        Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_OVERRIDDEN", "false");
        try
        {
            var flags = GeneratedFlags.Flags("""[assembly: EmilySovereign.FeatureFlag("gen_overridden")]""");
            using (FeatureFlagOverrides.Set("gen_overridden", true))
            {
                Assert.True(GeneratedFlags.Property(flags, "GenOverridden"));
                Assert.True(GeneratedFlags.IsEnabled(flags, "gen_overridden", "any-key"));
            }

            Assert.False(GeneratedFlags.Property(flags, "GenOverridden"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_OVERRIDDEN", null);
        }
    }

    [Fact]
    public void Source_answers_before_the_default_and_after_the_environment()
    {
        Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_SOURCED_ENV", "false");
        try
        {
            var flags = GeneratedFlags.Flags("""
                [assembly: EmilySovereign.FeatureFlag("gen_sourced")]
                [assembly: EmilySovereign.FeatureFlag("gen_sourced_env")]
                """);
            using (FeatureFlagSources.Add(new OnFor("gen_sourced", "gen_sourced_env")))
            {
                Assert.True(GeneratedFlags.Property(flags, "GenSourced"));
                Assert.False(GeneratedFlags.Property(flags, "GenSourcedEnv"));
            }

            Assert.False(GeneratedFlags.Property(flags, "GenSourced"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_SOURCED_ENV", null);
        }
    }

    [Fact]
    public void Rollout_buckets_entity_keys_and_the_environment_can_change_the_percent()
    {
        Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ROLLOUT_ENV", "100");
        try
        {
            var flags = GeneratedFlags.Flags("""
                [assembly: EmilySovereign.FeatureFlag("gen_rollout", RolloutPercent = 30)]
                [assembly: EmilySovereign.FeatureFlag("gen_rollout_env", RolloutPercent = 0)]
                """);
            var keys = Enumerable.Range(0, 200).Select(n => $"user-{n}").ToList();

            Assert.All(keys, key => Assert.Equal(FeatureFlagBucket.Of("gen_rollout", key) < 30, GeneratedFlags.IsEnabled(flags, "gen_rollout", key)));
            Assert.Contains(keys, key => GeneratedFlags.IsEnabled(flags, "gen_rollout", key));
            Assert.Contains(keys, key => !GeneratedFlags.IsEnabled(flags, "gen_rollout", key));
            Assert.False(GeneratedFlags.Property(flags, "GenRollout"));
            Assert.All(keys, key => Assert.True(GeneratedFlags.IsEnabled(flags, "gen_rollout_env", key)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EMILY_FLAG_GEN_ROLLOUT_ENV", null);
        }
    }

    [Fact]
    public void Undeclared_names_are_off_and_All_lists_the_declarations_in_order()
    {
        var flags = GeneratedFlags.Flags("""
            [assembly: EmilySovereign.FeatureFlag("gflownet_v2", Default = true, Description = "GFlowNet v2", Owner = "cognition", Expires = "2027-03-01", RolloutPercent = 10)]
            [assembly: EmilySovereign.FeatureFlag("alpha")]
            """);

        Assert.False(GeneratedFlags.IsEnabled(flags, "gflownet_v3"));
        Assert.False(GeneratedFlags.IsEnabled(flags, "gflownet_v3", "key"));
        Assert.Equal(
            new[]
            {
                new FeatureFlagInfo("gflownet_v2", true, "GFlowNet v2", "cognition", new DateOnly(2027, 3, 1), 10),
                new FeatureFlagInfo("alpha", false, null, null, null, null),
            },
            GeneratedFlags.All(flags));
        Assert.Equal("EMILY_FLAG_GFLOWNET_V2", GeneratedFlags.All(flags)[0].EnvironmentVariable);
    }

    [Fact]
    public void A_declaration_through_an_alias_or_in_another_file_is_found()
    {
        var flags = GeneratedFlags.Flags(
            """
            using Flag = EmilySovereign.FeatureFlagAttribute;
            [assembly: Flag("through_alias")]
            """,
            """[assembly: EmilySovereign.FeatureFlagAttribute("in_second_file", Default = true)]""");

        Assert.False(GeneratedFlags.Property(flags, "ThroughAlias"));
        Assert.True(GeneratedFlags.Property(flags, "InSecondFile"));
    }

    [Fact]
    public void A_declaration_through_a_global_alias_of_another_file_is_found()
    {
        var flags = GeneratedFlags.Flags(
            """global using Flag = global::EmilySovereign.FeatureFlagAttribute;""",
            """[assembly: Flag("through_global_alias", Default = true)]""");

        Assert.True(GeneratedFlags.Property(flags, "ThroughGlobalAlias"));
    }

    /// <summary>
    /// The assembly's attributes are bound only when a file's top level may declare a flag: named <c>FeatureFlag</c>
    /// however qualified, or by a bare name while some file aliases a type named <c>FeatureFlag</c>.
    /// </summary>
    [Theory]
    [InlineData(false, "class Program { }")]
    [InlineData(false, "[assembly: System.Reflection.AssemblyTitle(\"FeatureFlag\")] [assembly: global::System.CLSCompliant(true)]")]
    [InlineData(false, "using System.Runtime.CompilerServices; [assembly: InternalsVisibleTo(\"x\")]")]
    [InlineData(false, "using Flag = EmilySovereign.FeatureFlagAttribute; [assembly: Flag.Other]")]
    [InlineData(false, "class C { [FeatureFlag] void M() { } }")]
    [InlineData(false, "[module: FeatureFlag(\"x\")]")]
    [InlineData(true, "[assembly: FeatureFlag(\"x\")]")]
    [InlineData(true, "[assembly: EmilySovereign.FeatureFlagAttribute(\"x\")]")]
    [InlineData(true, "[assembly: global::EmilySovereign.FeatureFlag(\"x\")]")]
    [InlineData(true, "using Flag = EmilySovereign.FeatureFlagAttribute; [assembly: Flag(\"x\")]")]
    [InlineData(true, "using Flag = global::EmilySovereign.FeatureFlag; [assembly: Flag(\"x\")]", "class Program { }")]
    [InlineData(true, "[assembly: Flag(\"x\")]", "global using Flag = EmilySovereign.FeatureFlagAttribute;")]
    [InlineData(true, "using Flag = EmilySovereign.FeatureFlagAttribute; using System.Runtime.CompilerServices; [assembly: Flag(\"x\")] [assembly: InternalsVisibleTo(\"y\")]")]
    public void Only_a_file_that_may_declare_a_flag_has_the_assembly_attributes_bound(bool bound, params string[] sources)
    {
        var compilation = GeneratedFlags.Compilation(sources);
        var files = compilation.SyntaxTrees.Select(tree => FeatureFlagsGenerator.Parser.ScanFile(tree, default)).ToImmutableArray();

        Assert.Equal(bound, FeatureFlagsGenerator.Parser.MayDeclareFlags(files));
    }

    [Fact]
    public void Root_namespace_falls_back_to_the_assembly_name()
    {
        var compilation = GeneratedFlags.Compilation("""[assembly: EmilySovereign.FeatureFlag("a")]""");
        GeneratedFlags.Driver(rootNamespace: null).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.NotNull(GeneratedFlags.Load(output).GetType("Sample.FeatureFlags"));
    }

    [Fact]
    public void A_project_without_flags_gets_nothing()
    {
        Assert.Null(GeneratedFlags.Run("class Program { }").Generated);
        Assert.Null(GeneratedFlags.Run("""[assembly: System.Reflection.AssemblyTitle("FeatureFlag")]""").Generated);
        Assert.Null(GeneratedFlags.Run("""[assembly: FeatureFlag("x")] class FeatureFlagAttribute : System.Attribute { public FeatureFlagAttribute(string n) { } }""").Generated);

        // Nor does it read the target from the compilation.
        var result = GeneratedFlags.Driver().RunGenerators(GeneratedFlags.Compilation("""[assembly: System.Reflection.AssemblyTitle("x")]""")).GetRunResult().Results.Single();
        Assert.Empty((ImmutableEquatableArray<FlagDeclaration>)result.TrackedSteps[FeatureFlagsGenerator.DeclarationsStep].Single().Outputs.Single().Value);
        Assert.Null(result.TrackedSteps[FeatureFlagsGenerator.TargetStep].Single().Outputs.Single().Value);
    }

    private sealed class OnFor(params string[] names) : IFeatureFlagSource
    {
        public bool? IsEnabled(FeatureFlagInfo flag, string? entityKey) => names.Contains(flag.Name) ? true : null;
    }
}
