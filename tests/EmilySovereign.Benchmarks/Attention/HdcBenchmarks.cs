using System;
using BenchmarkDotNet.Attributes;
using EmilySovereign.Attention;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>The HDC fallback on the same window, and the Hamming distance of two 10 000-bit hypervectors.</summary>
[MemoryDiagnoser]
public class HdcBenchmarks
{
    private readonly ulong[] _left = Hypervector.Random(new Random(1));
    private readonly ulong[] _right = Hypervector.Random(new Random(2));
    private HdcClassifier _classifier = HdcClassifier.Default;
    private SignalWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _window = AttentionWindow.Create();
        _classifier = HdcClassifier.Default;
    }

    [Benchmark(Description = "HDC fallback: features + summed segment distances")]
    public bool HdcFallback() => _classifier.Classify(in _window).Open;

    [Benchmark(Description = "HDC the long way: encode 10 000 bits + 2 Hamming")]
    public bool HdcByEncoding() => _classifier.ClassifyByEncoding(in _window).Open;

    [Benchmark(Description = "Hamming distance, 10 000 bits")]
    public int HammingDistance() => Hypervector.HammingDistance(_left, _right);
}
