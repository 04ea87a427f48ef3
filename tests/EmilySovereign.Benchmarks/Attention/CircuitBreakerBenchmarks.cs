using System;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;
using Polly;
using Polly.CircuitBreaker;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The cost of guarding one call with a circuit breaker: Polly.Core v8's pipeline (the library the issue suggests)
/// beside our own lock-free breaker (ADR 13). The guarded work is trivial so the overhead is what shows.
/// </summary>
[MemoryDiagnoser]
public class CircuitBreakerBenchmarks
{
    private readonly CircuitBreaker _own = new(threshold: 5, breakTicks: Stopwatch.Frequency);
    private readonly ResiliencePipeline<float> _polly = new ResiliencePipelineBuilder<float>()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<float>
        {
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromSeconds(1),
            BreakDuration = TimeSpan.FromSeconds(1),
        })
        .Build();

    private float _value = 0.5f;

    [Benchmark(Baseline = true, Description = "Polly.Core circuit breaker")]
    public float Polly() => _polly.Execute(static state => state._value, this);

    [Benchmark(Description = "Own circuit breaker")]
    public float Own()
    {
        if (!_own.TryEnter(Stopwatch.GetTimestamp(), out bool probe))
        {
            return 0f;
        }

        float value = _value;
        _own.Success(probe);
        return value;
    }
}
