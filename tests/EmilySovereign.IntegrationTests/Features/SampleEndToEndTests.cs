using System.Collections.Generic;
using System.Linq;
using EmilySovereign.Testing;

namespace EmilySovereign.IntegrationTests.Features;

/// <summary>The sample system, rebuilt against the packed package instead of the repository's projects.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleEndToEndTests(PackageFixture fixture)
{
    private const string RootNamespace = "<PropertyGroup><RootNamespace>Emily</RootNamespace></PropertyGroup>";

    [Fact]
    public void The_sample_system_builds_clean_and_prints_its_table()
    {
        using var consumer = ConsumerProject.Create(fixture.Package, RootNamespace);
        SampleFiles.CopyInto(consumer, "EmilySovereign.Sample");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.Output), d => d.Id.StartsWith("ES", System.StringComparison.Ordinal));

        var off = Run(consumer, null);
        var on = Run(consumer, "true");

        // windows, open, open ratio, primary, fallback, p50, p99, budget ("50", "ms"), flag
        Assert.Equal("300", off[0]);
        Assert.Equal(300, int.Parse(off[3]) + int.Parse(off[4]));
        Assert.True(int.Parse(off[4]) >= 150, "the chaos drill crashes the primary for the second half: " + string.Join(' ', off));
        Assert.True(double.Parse(off[6], System.Globalization.CultureInfo.InvariantCulture) < 50, string.Join(' ', off));
        // Every other window is an alpha rhythm, on either path: a fallback that answered open for all gave 225.
        Assert.True(int.Parse(off[1]) is >= 140 and <= 160, "half the windows are open: " + string.Join(' ', off));
        Assert.Equal("off", off[^1]);
        Assert.Equal("on", on[^1]);
    }

    /// <summary>Runs the built sample and returns the cells of its table's second line.</summary>
    private static string[] Run(ConsumerProject consumer, string? flag)
    {
        var run = consumer.Dotnet(
            ["run", "--no-build", "--project", consumer.ProjectFile],
            new Dictionary<string, string?> { ["EMILY_FLAG_GFLOWNET_V2"] = flag });
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n').Select(l => l.Trim()).ToList();
        Assert.StartsWith("windows  open   open ratio primary  fallback", lines[0]);
        Assert.Contains("chaos drill: the primary crashed from window 150; 0 answer(s) after the budget", lines);
        Assert.Contains("ADR 3: Fall back to HDC when the gate is late (Accepted)", lines);
        return lines[1].Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
    }
}
