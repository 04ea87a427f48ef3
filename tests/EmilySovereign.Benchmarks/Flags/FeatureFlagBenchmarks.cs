using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EmilySovereign;
using Microsoft.Extensions.Configuration;
using Microsoft.FeatureManagement;

[assembly: FeatureFlag("bench_gflownet_v2", Default = true, Description = "Read by FeatureFlagBenchmarks.")]
[assembly: FeatureFlag("bench_rollout", RolloutPercent = 10, Description = "Read with a key by FeatureFlagBenchmarks.")]

namespace EmilySovereign.Benchmarks.Flags;

/// <summary>
/// A flag read through the generated FeatureFlags beside Microsoft.FeatureManagement's IsEnabledAsync on an
/// in-memory configuration (the baseline) and a plain static bool, in one run so the ratios hold on a noisy machine.
/// Run: dotnet run -c Release --project tests/EmilySovereign.Benchmarks -- --filter '*FeatureFlagBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class FeatureFlagBenchmarks
{
    private static bool s_plain = true;

    private readonly string _key = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    // A name the JIT cannot see through, as when it comes from configuration.
    private readonly string _name = string.Concat("bench_", "gflownet_v2");
    private IFeatureManager _manager = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FeatureManagement:bench_gflownet_v2"] = "true" })
            .Build();
        _manager = new FeatureManager(new ConfigurationFeatureDefinitionProvider(configuration));
    }

    [Benchmark(Baseline = true, Description = "Microsoft.FeatureManagement IsEnabledAsync")]
    public Task<bool> FeatureManagement() => _manager.IsEnabledAsync("bench_gflownet_v2");

    [Benchmark(Description = "static bool field")]
    public bool PlainStaticBool() => s_plain;

    [Benchmark(Description = "FeatureFlags.BenchGflownetV2")]
    public bool TypedAccessor() => FeatureFlags.BenchGflownetV2;

    [Benchmark(Description = "FeatureFlags.IsEnabled(name)")]
    public bool ByName() => FeatureFlags.IsEnabled("bench_gflownet_v2");

    [Benchmark(Description = "FeatureFlags.IsEnabled(name in a field)")]
    public bool ByNameInAField() => FeatureFlags.IsEnabled(_name);

    [Benchmark(Description = "FeatureFlags.IsEnabled(name, 36-char key)")]
    public bool ByNameAndKey() => FeatureFlags.IsEnabled("bench_rollout", _key);
}
