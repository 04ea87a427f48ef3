using System;
using BenchmarkDotNet.Running;
using EmilySovereign.Benchmarks.Layers;

namespace EmilySovereign.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's switcher, or <c>layers-once &lt;Dense|Kept|Clean&gt; &lt;types&gt; &lt;peer|both&gt; &lt;runs&gt;</c>: one
    /// process that analyzes the layered codebase a few times and exits, for instruction counts with
    /// <c>valgrind --tool=callgrind</c> (with <c>DOTNET_TieredCompilation=0</c> and <c>DOTNET_EnableHWIntrinsic=0</c>: the
    /// runtime's vectorized <c>Array.Clear</c> fails under valgrind 3.19), which stay the same however loaded the
    /// machine is. The difference between two runs and one is the cost of one analysis, without start-up and JIT.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length == 5 && args[0] == "layers-once")
        {
            var benchmarks = new LayerAnalyzerBenchmarks { Rules = args[1], Types = int.Parse(args[2]), Concurrent = false };
            benchmarks.Setup();
            for (var run = 0; run < int.Parse(args[4]); run++)
            {
                Console.WriteLine(args[3] == "peer" ? benchmarks.WithBindingPeer() : benchmarks.WithBindingPeerAndLayerAnalyzer());
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
